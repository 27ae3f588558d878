using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class PipelineTests
{
    [Fact]
    public void Build_KeepsNameAndDependenciesAndStartsWithNoModules()
    {
        var pipeline = Pipeline.Named("feed").DependsOn("articles", "authors").Build();

        Assert.Equal("feed", pipeline.Name);
        Assert.Equal(["articles", "authors"], pipeline.Dependencies);
        Assert.All(Enum.GetValues<Phase>(), phase => Assert.Empty(pipeline.ModulesOf(phase)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Named_WhenTheNameIsBlank_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => Pipeline.Named(name));
    }

    [Fact]
    public void Named_WhenTheNameIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Pipeline.Named(null!));
    }

    [Fact]
    public void Builder_AddsModulesToTheirPhaseInOrder()
    {
        IModule input = new TakeModule(1), first = new AppendModule("1"), second = new AppendModule("2"), post = new TakeModule(2);

        var pipeline = Pipeline.Named("pages").Input(input).Process(first).Process(second).PostProcess(post).Build();

        Assert.Equal([input], pipeline.ModulesOf(Phase.Input));
        Assert.Equal([first, second], pipeline.ModulesOf(Phase.Process));
        Assert.Equal([post], pipeline.ModulesOf(Phase.PostProcess));
    }

    [Fact]
    public void Build_FreezesThePipeline_LaterChangesToTheBuilderDoNotReachIt()
    {
        var builder = Pipeline.Named("pages").Process(new AppendModule("1"));
        var pipeline = builder.Build();

        builder.Process(new AppendModule("2")).DependsOn("articles");

        Assert.Single(pipeline.Process);
        Assert.Empty(pipeline.Dependencies);
    }

    [Fact]
    public void DependsOn_ADependencyListedTwice_IsKeptOnce()
    {
        Assert.Equal(["articles"], Pipeline.Named("feed").DependsOn("articles", "articles").Build().Dependencies);
    }
}
