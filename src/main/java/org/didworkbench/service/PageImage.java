package org.didworkbench.service;

/**
 * One page of a report drawn as pixels, for the window to show or print.
 *
 * @param index  the page, from 0
 * @param width  pixels across
 * @param height pixels down
 * @param dpi    the resolution it was drawn at (pixels per inch of paper; 96 is the screen at 100%)
 * @param argb   {@code width * height} opaque pixels, row by row from the top left, as 0xAARRGGBB;
 *               owned by the receiver (nobody else keeps it)
 */
public record PageImage(int index, int width, int height, float dpi, int[] argb) {
    public PageImage {
        if (width <= 0 || height <= 0 || argb.length != (long) width * height) {
            throw new IllegalArgumentException("argb must hold width * height pixels");
        }
    }
}
