package atlas.api.plan;

import java.util.Optional;

/**
 * Pictures a clinic provides for its home exercises, contributed as an OSGi service by its plugin:
 * the handout shows the picture beside the exercise's instructions (the clinic owns the pictures and
 * their rights; Atlas ships none). Where several plugins have a picture for one exercise, the one
 * with the highest service ranking is used.
 */
public interface ExercisePictures {

    /**
     * The picture of the exercise, PNG or JPEG, at most {@value #MAX_BYTES} bytes; empty when the
     * clinic has none for it.
     *
     * @param interventionCode a catalogue code, built-in ("exercise.dnf") or the clinic's own
     */
    Optional<byte[]> picture(String interventionCode);

    /** A picture larger than this is left out of the handout (it would swell every copy kept). */
    int MAX_BYTES = 2 * 1024 * 1024;
}
