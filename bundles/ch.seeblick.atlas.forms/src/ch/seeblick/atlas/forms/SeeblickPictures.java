package ch.seeblick.atlas.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import atlas.api.plan.ExercisePictures;

/** Physio Seeblick's own drawings for the home handout, shipped in this bundle's pictures folder. */
@Component(service = ExercisePictures.class)
public class SeeblickPictures implements ExercisePictures {

    private static final Map<String, String> FILES = Map.of(SeeblickInterventions.JAW_RELAXATION,
            "/pictures/jaw-relaxation.png");

    @Override
    public Optional<byte[]> picture(String interventionCode) {
        String file = FILES.get(interventionCode);
        if (file == null) {
            return Optional.empty();
        }
        try (InputStream in = SeeblickPictures.class.getResourceAsStream(file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
