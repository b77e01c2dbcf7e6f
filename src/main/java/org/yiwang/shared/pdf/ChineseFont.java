package org.yiwang.shared.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * WenQuanYi Micro Hei (Apache-2.0), shipped inside the jar, for Chinese text in generated PDFs.
 * The collection is parsed once; each document embeds the subset it uses.
 */
@Component
public class ChineseFont {

  private static final String RESOURCE = "/fonts/wqy-microhei.ttc";

  /** Parsed fonts, one per thread drawing at a time (fontbox's readers are not thread-safe). */
  private final java.util.concurrent.BlockingQueue<TrueTypeFont> pool;

  private final java.util.concurrent.atomic.AtomicInteger created =
      new java.util.concurrent.atomic.AtomicInteger();

  private final int maxFonts = Math.max(1, Runtime.getRuntime().availableProcessors());

  public ChineseFont() {
    this.pool = new java.util.concurrent.LinkedBlockingQueue<>();
  }

  private static TrueTypeFont parse() {
    try (InputStream in = ChineseFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the jar: " + RESOURCE);
      }
      // the collection is read into memory and stays referenced by the font, which reads lazily
      var collection = new TrueTypeCollection(in);
      return collection.getFontByName("WenQuanYiMicroHei");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TrueTypeFont borrow() throws InterruptedException {
    TrueTypeFont font = pool.poll();
    if (font != null) {
      return font;
    }
    if (created.incrementAndGet() <= maxFonts) {
      return parse();
    }
    created.decrementAndGet();
    return pool.take();
  }

  /** Draws a document's pages with the font. */
  @FunctionalInterface
  public interface Drawing {
    void draw(PDDocument document, PDType0Font font) throws IOException;
  }

  /**
   * Creates a PDF drawn with this font. Each call holds one parsed font until the document is
   * saved (the subset is embedded then), so as many documents are drawn at once as there are cores.
   */
  public byte[] createPdf(Drawing drawing) {
    TrueTypeFont font;
    try {
      font = borrow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a font", e);
    }
    try (var document = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
      drawing.draw(document, PDType0Font.load(document, font, true));
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.add(font);
    }
  }
}
