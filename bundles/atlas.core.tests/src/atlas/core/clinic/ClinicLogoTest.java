package atlas.core.clinic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import atlas.api.validation.FieldError;

/** The clinic's logo is a PNG or JPEG picture that opens, within a letterhead's size; anything else is named. */
class ClinicLogoTest {

    @Test
    void aPngOrJpegThatOpensIsTakenAndNoLogoIsFine() throws Exception {
        assertEquals(List.of(), new ClinicLogo(picture("png", 400, 120)).check());
        assertEquals(List.of(), new ClinicLogo(picture("jpg", 400, 120)).check());
        assertEquals(List.of(), ClinicLogo.NONE.check());
        assertEquals(List.of(), new ClinicDetails("Praxis", "", "", "", new ClinicLogo(picture("png", 40, 40)))
                .validate());
    }

    @Test
    void aDamagedFileATextFileAPhotographAndAHugeFileAreRefusedByField() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            byte[] png = picture("png", 400, 120);
            assertRefused(Arrays.copyOf(png, png.length / 2), "damaged");
            assertRefused(Arrays.copyOf(picture("jpg", 400, 120), 30), "damaged");
            assertRefused("Praxis Seeblick".getBytes(StandardCharsets.UTF_8), "not a PNG or JPEG");
            assertRefused(picture("png", 5000, 10), "at most 4,000 pixels");
            byte[] huge = Arrays.copyOf(png, ClinicLogo.MAX_BYTES + 1);
            assertRefused(huge, "at most 256 KB");
            List<FieldError> inDetails = new ClinicDetails("Praxis", "", "", "",
                    new ClinicLogo(Arrays.copyOf(png, 20))).validate();
            assertEquals("logo", inDetails.get(0).field(), "the details refuse it where the store saves them");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void twoLogosWithTheSameBytesAreTheSame() throws Exception {
        byte[] png = picture("png", 10, 10);
        assertEquals(new ClinicLogo(png), new ClinicLogo(png.clone()));
        png[png.length - 1] ^= 1;
        assertTrue(!new ClinicLogo(png).equals(new ClinicLogo(picture("png", 10, 10))));
    }

    private static void assertRefused(byte[] bytes, String said) {
        List<FieldError> errors = new ClinicLogo(bytes).check();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("logo", errors.get(0).field());
        assertEquals("Logo", errors.get(0).label());
        assertTrue(errors.get(0).message().contains(said), errors.get(0).message());
    }

    private static byte[] picture(String format, int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }
}
