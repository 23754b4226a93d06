package jp.hataraku.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XHTML to PDF with the Japanese font embedded; no font, no PDF. */
class PdfRendererTest {

    static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    @TempDir
    Path cache;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/>
            <style>body { font-family: 'IPAexGothic'; }</style></head>
            <body><h1>御見積書</h1><p>山の辺町テレワーク振興公社　合計 1,426円</p></body></html>
            """;

    @Test
    void japanese_text_is_in_the_pdf() throws Exception {
        assertThat(FONT).as("apt-get install -y fonts-ipaexfont").exists();
        byte[] pdf = new PdfRenderer(FONT, cache).render(PAGE);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // IPAex maps some kanji to the same glyph as their Kangxi radical (見 / ⾒); NFKC folds them back.
            String text = java.text.Normalizer.normalize(new PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC);
            assertThat(text).contains("御見積書").contains("山の辺町テレワーク振興公社").contains("1,426円");
        }
    }

    @Test
    void without_the_font_it_refuses_with_a_clear_message() {
        PdfRenderer renderer = new PdfRenderer(cache.resolve("no-such-font.ttf"), cache);
        assertThat(renderer.available()).isFalse();
        assertThatThrownBy(() -> renderer.render(PAGE)).isInstanceOf(PdfRenderer.FontMissing.class)
                .hasMessageContaining("fonts-ipaexfont");
    }

    @Test
    void the_font_cache_goes_to_a_writable_directory() throws Exception {
        String before = System.getProperty("pdfbox.fontcache");
        System.clearProperty("pdfbox.fontcache");
        try {
            new PdfRenderer(FONT, cache.resolve("fc"));
            assertThat(System.getProperty("pdfbox.fontcache")).isEqualTo(cache.resolve("fc").toString());
            assertThat(Files.isWritable(cache.resolve("fc"))).isTrue();
        } finally {
            if (before != null) {
                System.setProperty("pdfbox.fontcache", before);
            }
        }
    }
}
