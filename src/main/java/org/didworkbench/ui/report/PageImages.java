package org.didworkbench.ui.report;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.didworkbench.service.PageImage;

/** Turns a report page's pixels into a JavaFX image; no {@code javafx.swing} needed. */
final class PageImages {
    private PageImages() {
    }

    /**
     * The page as an image of its own pixel size. May be called on any thread (an image not yet shown
     * belongs to no scene).
     */
    static WritableImage toImage(PageImage page) {
        WritableImage image = new WritableImage(page.width(), page.height());
        image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                page.argb(), 0, page.width());
        return image;
    }
}
