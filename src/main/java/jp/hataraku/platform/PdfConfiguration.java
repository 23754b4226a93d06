package jp.hataraku.platform;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The PDF renderer with the Japanese font of Debian's {@code fonts-ipaexfont} (or {@code hataraku.pdf.font}). */
@Configuration(proxyBeanMethods = false)
class PdfConfiguration {

    @Bean
    PdfRenderer pdfRenderer(
            @Value("${hataraku.pdf.font:/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf}") String font,
            @Value("${hataraku.pdf.font-cache:${java.io.tmpdir}/hataraku-pdfbox-fontcache}") String cache) {
        return new PdfRenderer(Path.of(font), Path.of(cache));
    }
}
