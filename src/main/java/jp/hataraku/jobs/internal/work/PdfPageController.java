package jp.hataraku.jobs.internal.work;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.NoSuchElementException;

import javax.imageio.ImageIO;

import jakarta.servlet.http.HttpServletResponse;
import jp.hataraku.jobs.TaskView;
import jp.hataraku.jobs.Tasks;
import jp.hataraku.platform.FileStore;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a PDF item a task is about, as a PNG for the page's image viewer (zoom, rotate), so
 * that a phone needs no PDF viewer and the worker never holds the whole document. Only the
 * task's holder gets it (Tasks.view checks the team and the holder).
 */
@Controller
class PdfPageController {

    /** Sharp enough to read small print when zoomed, small enough for a phone. */
    static final float DPI = 130;
    /** The longest side in pixels, whatever the page size says. */
    static final int MAX_SIDE = 2400;

    private final Tasks tasks;
    private final CurrentWorker worker;
    private final FileStore store;

    PdfPageController(Tasks tasks, CurrentWorker worker, FileStore store) {
        this.tasks = tasks;
        this.worker = worker;
        this.store = store;
    }

    @GetMapping("/tasks/{taskId:\\d+}/file/page.png")
    void page(@PathVariable("taskId") long id, HttpServletResponse response) throws IOException {
        TaskView view = tasks.view(worker.id(), id);
        TaskView.ItemFile file = view.file().filter(f -> f.mediaType().equals("application/pdf"))
                .orElseThrow(() -> new NoSuchElementException("no PDF on task " + id));
        BufferedImage image;
        try (InputStream in = store.open(file.sha256()).orElseThrow(() -> new NoSuchElementException(file.sha256()));
                PDDocument pdf = Loader.loadPDF(new RandomAccessReadBuffer(in))) {
            int index = file.page().orElse(1) - 1;
            if (index < 0 || index >= pdf.getNumberOfPages()) {
                throw new NoSuchElementException("page " + (index + 1) + " of " + file.name());
            }
            PDRectangle box = pdf.getPage(index).getCropBox();
            float longest = Math.max(box.getWidth(), box.getHeight()) / 72f * DPI;
            float dpi = longest > MAX_SIDE ? DPI * MAX_SIDE / longest : DPI;
            image = new PDFRenderer(pdf).renderImageWithDPI(index, dpi, ImageType.RGB);
        }
        response.setContentType("image/png");
        // the item's content never changes (content-addressed): the browser may keep the page
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            ImageIO.write(image, "png", out);
        }
    }
}
