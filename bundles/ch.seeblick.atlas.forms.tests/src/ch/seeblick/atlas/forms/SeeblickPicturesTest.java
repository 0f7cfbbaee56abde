package ch.seeblick.atlas.forms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import atlas.api.plan.ExercisePictures;

/** The clinic's picture for its own exercise is a readable image within the size Atlas accepts. */
class SeeblickPicturesTest {

    @Test
    void theJawRelaxationRoutineHasItsPictureAndNothingElseHasOne() throws Exception {
        SeeblickPictures pictures = new SeeblickPictures();
        byte[] picture = pictures.picture(SeeblickInterventions.JAW_RELAXATION).orElseThrow();
        assertTrue(picture.length <= ExercisePictures.MAX_BYTES);
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(picture)).getWidth());
        assertEquals(Optional.empty(), pictures.picture("exercise.dnf"));
    }
}
