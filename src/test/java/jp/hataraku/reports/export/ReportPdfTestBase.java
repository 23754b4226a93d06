package jp.hataraku.reports.export;

import java.nio.file.Path;

import jp.hataraku.platform.PdfRenderer;
import jp.hataraku.reports.internal.export.ReportExports;
import jp.hataraku.shared.JapaneseDates;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The PDF exports as the application makes them, with the test message bundles. */
abstract class ReportPdfTestBase {

    static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    @TempDir
    Path cache;

    ReportExports exports() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(ExportFixtures.messages());
        return new ReportExports(engine, new PdfRenderer(FONT, cache), new JapaneseDates(), ExportFixtures.messages());
    }

}
