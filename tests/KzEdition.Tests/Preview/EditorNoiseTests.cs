using KzEdition.Preview;

namespace KzEdition.Tests.Preview;

/// <summary>Which saved files are editors' and tools' by-products, not input: they never cause a rebuild.</summary>
public sealed class EditorNoiseTests
{
    [Theory]
    [InlineData("articles/.x.md.swp")]
    [InlineData("articles/.x.md.swo")]
    [InlineData("articles/.x.md.swx")]
    [InlineData("articles/x.md~")]
    [InlineData("editorial/.#articles.yml")]
    [InlineData("editorial/#articles.yml#")]
    [InlineData("articles/4913")]
    [InlineData("articles/5036")]
    [InlineData("edition.yml.tmp")]
    [InlineData("edition.yml.TMP")]
    [InlineData("articles/x.md.bak")]
    [InlineData("pages/~$about.md")]
    [InlineData("pages/.goutputstream-3XQ2V1")]
    [InlineData("pages/about.md___jb_tmp___")]
    [InlineData("pages/about.md___jb_old___")]
    [InlineData("articles/x.md.kate-swp")]
    [InlineData("layouts/.DS_Store")]
    [InlineData(".git/index")]
    [InlineData("/home/editor/edition/input/articles/.x.md.swp")]
    public void EditorsByProducts_AreIgnored(string path) => Assert.True(EditorNoise.IsIgnored(path), path);

    [Theory]
    [InlineData("articles/qazaqstan-men-nato.md")]
    [InlineData("edition.yml")]
    [InlineData("editorial/articles.yml")]
    [InlineData("sources/000_231815bb3e78ce1c.txt")]
    [InlineData("layouts/partials/header.html")]
    [InlineData("assets/fonts/pt-serif-cyrillic-400-normal.woff2")]
    [InlineData("articles/.imported.json")]
    [InlineData("pages/swap.md")]
    [InlineData("articles/2024.md")]
    [InlineData("/home/editor/edition/input/articles/x.md")]
    public void RealInputFiles_AreNotIgnored(string path) => Assert.False(EditorNoise.IsIgnored(path), path);
}
