package org.didworkbench.ui.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The window's stage icons are resources named by size; the window system picks the closest one.
 * They are rendered by icons/build-icons.sh, and a copy flattened onto a background (a step that
 * drops the alpha channel) shows as a square block on a dark task bar, so the corners must stay
 * see-through (all but: at 16 px the tile's rounded corner leaves a trace of antialiasing).
 */
class AppIconResourcesTest {

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256})
    void eachStageIconIsASquarePngOfItsSizeWithTransparentCorners(int size) throws IOException {
        BufferedImage image;
        try (InputStream in = AppIconResourcesTest.class.getResourceAsStream("did-workbench-" + size + ".png")) {
            assertThat(in).as("resource did-workbench-%d.png", size).isNotNull();
            image = ImageIO.read(in);
        }

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(image, 0, 0)).as("top-left corner alpha").isLessThan(32);
        assertThat(alpha(image, size - 1, size - 1)).as("bottom-right corner alpha").isLessThan(32);
        assertThat(alpha(image, size / 2, size / 2)).as("centre alpha").isEqualTo(255);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256})
    void stageIconIsTheSameFileTheInstallersUse(int size) throws IOException {
        // Maven runs the tests from the project folder, where icons/ holds the rendered set.
        Path rendered = Path.of("icons", "png", "did-workbench-" + size + ".png");
        try (InputStream in = AppIconResourcesTest.class.getResourceAsStream("did-workbench-" + size + ".png")) {
            assertThat(in).isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(rendered));
        }
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
