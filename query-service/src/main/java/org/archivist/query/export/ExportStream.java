package org.archivist.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.archivist.query.index.IndexedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an export's pages as they are read, flushing each, so the client receives the export as it is made and the
 * service holds one page at a time. When Elasticsearch fails part way, the failure is logged and left to reach the
 * servlet container ({@link ExportInterruptedException}), which cuts the connection; a client that goes away just
 * ends the export. The pages are closed however it ends.
 */
final class ExportStream {

    private static final Logger log = LoggerFactory.getLogger(ExportStream.class);

    private final ExportSource.Pages pages;
    private final ExportFormat format;
    private final JsonMapper json;

    ExportStream(ExportSource.Pages pages, ExportFormat format, JsonMapper json) {
        this.pages = pages;
        this.format = format;
        this.json = json;
    }

    void writeTo(OutputStream out) {
        long written = 0;
        try (pages) {
            ExportFormat.PageWriter writer = format.writer(out, json);
            writer.start();
            for (List<IndexedArticle> page = pages.next(); !page.isEmpty(); page = pages.next()) {
                writer.write(page);
                written += page.size();
            }
            log.debug("Exported {} articles as {}", written, format.value());
        } catch (IOException e) {
            // Only writing to the client throws this: it went away, and there is no one left to tell.
            log.debug("Export ended by the client after {} articles: {}", written, e.toString());
        } catch (ExportInterruptedException e) {
            log.warn("Export as {} cut short after {} articles, connection closed: {}", format.value(), written,
                    e.getMessage());
            throw e;
        }
    }
}
