package jp.hataraku.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Turns an XHTML page (a Thymeleaf template written as well-formed XML) into a PDF with the
 * Japanese font embedded. Inline {@code <svg>} is drawn as vector graphics by Batik (scripts and
 * external resources refused); its text is drawn as outlines in the system font of the family it
 * names (Batik's own font loading from this file draws SVG text at a fraction of its size), so an
 * SVG asking for {@value #FONT_FAMILY} needs the font installed where fontconfig finds it, as the
 * Debian package does. Refuses with {@link FontMissing} when the font file is not there, rather
 * than produce a PDF whose Japanese text would be empty boxes.
 */
public class PdfRenderer {

    /** The font family name the templates ask for in their CSS. */
    public static final String FONT_FAMILY = "IPAexGothic";

    private final Path font;

    public PdfRenderer(Path font, Path fontCacheDir) {
        this.font = font;
        if (System.getProperty("pdfbox.fontcache") == null) {
            try {
                Files.createDirectories(fontCacheDir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the PDF font cache at " + fontCacheDir, e);
            }
            // PDFBox writes its font cache under the home directory by default, which may not be writable.
            System.setProperty("pdfbox.fontcache", fontCacheDir.toString());
        }
    }

    /** Whether PDFs can be made here (the Japanese font is installed). */
    public boolean available() {
        return Files.isReadable(font);
    }

    /** The PDF of {@code xhtml}; {@link FontMissing} when the Japanese font is not installed. */
    public byte[] render(String xhtml) throws FontMissing {
        if (!available()) {
            throw new FontMissing(font);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font.toFile(), FONT_FAMILY);
            builder.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                    BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The Japanese font for PDFs is not installed (Debian: {@code apt-get install fonts-ipaexfont}). */
    public static final class FontMissing extends Exception {
        public FontMissing(Path font) {
            super("The Japanese font for PDFs is missing: " + font + " (Debian: apt-get install fonts-ipaexfont)");
        }
    }
}
