using KzEdition.Engine;

namespace KzEdition.Tests.Engine;

public sealed class PipelineTests
{
    [Fact]
    public void Constructor_KeepsNameAndDependenciesAndStartsWithNoModules()
    {
        var pipeline = new Pipeline("feed", "articles", "authors");

        Assert.Equal("feed", pipeline.Name);
        Assert.Equal(["articles", "authors"], pipeline.Dependencies);
        Assert.All(Enum.GetValues<Phase>(), phase => Assert.Empty(pipeline.ModulesOf(phase)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_WhenTheNameIsBlank_Throws(string name)
    {
        Assert.Throws<ArgumentException>(() => new Pipeline(name));
    }

    [Fact]
    public void Constructor_WhenTheNameIsNull_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Pipeline(null!));
    }

    [Fact]
    public void With_AddsModulesToTheirPhaseInOrderAndReturnsTheSamePipeline()
    {
        var pipeline = new Pipeline("pages");
        IModule input = new TakeModule(1), first = new AppendModule("1"), second = new AppendModule("2"), post = new TakeModule(2), output = new TakeModule(3);

        var returned = pipeline.WithInput(input).WithProcess(first).WithProcess(second).WithPostProcess(post).WithOutput(output);

        Assert.Same(pipeline, returned);
        Assert.Equal([input], pipeline.ModulesOf(Phase.Input));
        Assert.Equal([first, second], pipeline.ModulesOf(Phase.Process));
        Assert.Equal([post], pipeline.ModulesOf(Phase.PostProcess));
        Assert.Equal([output], pipeline.ModulesOf(Phase.Output));
    }

    [Fact]
    public void Dependencies_AreACopyOfTheArrayGiven()
    {
        string[] dependencies = ["articles"];
        var pipeline = new Pipeline("feed", dependencies);

        dependencies[0] = "changed";

        Assert.Equal(["articles"], pipeline.Dependencies);
    }
}
