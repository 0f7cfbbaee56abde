package atlas.plans.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;


import atlas.api.plan.ExercisePictures;

/**
 * The exercise pictures the clinic's plugins provide ({@link ExercisePictures}), highest service
 * ranking first. A picture that is too large or not a readable PNG or JPEG is left out and named, so
 * a plugin's broken file never stops a patient's handout.
 */
final class Pictures {

    private final List<ExercisePictures> sources;
    private final Map<String, byte[]> read = new HashMap<>();
    private final List<String> unreadable = new ArrayList<>();

    Pictures(List<ExercisePictures> sources) {
        this.sources = List.copyOf(sources);
    }

    /** The pictures of the plugins registered now. */
    static Pictures fromPlugins() {
        return new Pictures(atlas.ui.Contributions.of(ExercisePictures.class));
    }

    /** The exercise's picture, or null when no plugin has a usable one. */
    byte[] of(String code) {
        return read.computeIfAbsent(code, this::first);
    }

    /** Codes whose picture a plugin gave but could not be used. */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    private byte[] first(String code) {
        for (ExercisePictures source : sources) {
            Optional<byte[]> picture;
            try {
                picture = source.picture(code);
            } catch (RuntimeException broken) {
                unreadable.add(code);
                continue;
            }
            if (picture != null && picture.isPresent()) {
                if (usable(picture.get())) {
                    return picture.get();
                }
                unreadable.add(code);
            }
        }
        return null;
    }

    static boolean usable(byte[] picture) {
        if (picture.length == 0 || picture.length > ExercisePictures.MAX_BYTES) {
            return false;
        }
        try {
            return ImageIO.read(new ByteArrayInputStream(picture)) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
