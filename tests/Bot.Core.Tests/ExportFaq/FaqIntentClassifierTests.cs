using Bot.Core.ExportFaq.Routing;

namespace Bot.Core.Tests.ExportFaq;

public sealed class FaqIntentClassifierTests
{
    [Theory]
    [InlineData("saya mau daftar pelatihan ekspor")]
    [InlineData("daftar workshop")]
    [InlineData("ikut kelas marketplace")]
    [InlineData("I want to sign up for the export workshop")]
    [InlineData("pengen gabung bimtek halal")]
    public void Classify_WantingToRegister_IsTrainingSignup(string text)
    {
        Assert.Equal(FaqIntent.TrainingSignup, FaqIntentClassifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("mau kurasi produk saya")]
    [InlineData("kirim foto produk untuk dikurasi")]
    [InlineData("mau daftar kurasi")]
    [InlineData("please send my batik for curation")]
    public void Classify_WantingToSendAProduct_IsCurationSubmit(string text)
    {
        Assert.Equal(FaqIntent.CurationSubmit, FaqIntentClassifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("workshop ekspor itu apa")]
    [InlineData("apakah ada workshop ekspor bulan ini")]
    [InlineData("syarat ikut konsultasi ppejp apa saja")]
    [InlineData("what is the curation house")]
    [InlineData("apa saja yang dinilai kalau mau kurasi")]
    [InlineData("saya mau tanya soal kurasi")]
    [InlineData("daftar merek per kelas berapa")]
    [InlineData("kirim sampel ke buyer gimana")]
    public void Classify_AskingAboutAThing_IsAQuestion(string text)
    {
        Assert.Equal(FaqIntent.Question, FaqIntentClassifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("cuaca besok gimana", "weather")]
    [InlineData("nomor hp pak wali kota berapa", "officials' contact numbers")]
    [InlineData("pinjol yang cepat cair", "personal loans")]
    [InlineData("siapa menang pilkada", "politics")]
    [InlineData("resepnya sambel pecel", "recipes and cooking")]
    public void Classify_OutOfScopeTopics_AreNamedInTheReason(string text, string topic)
    {
        var result = FaqIntentClassifier.Classify(text);

        Assert.Equal(FaqIntent.OutOfScope, result.Intent);
        Assert.Contains(topic, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modal buat ekspor bisa pinjam ke lpei")]
    [InlineData("hujan terus, kopi saya mau diekspor perlu karantina?")]
    public void Classify_ExportWordsWithAnOutOfScopeWord_StayQuestions(string text)
    {
        Assert.Equal(FaqIntent.Question, FaqIntentClassifier.Classify(text).Intent);
    }
}
