package atlas.assessments.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormItem;
import atlas.reports.BlankForm;
import atlas.ui.HandOut;

/**
 * Prints the chosen form blank for the waiting room, in the wording the form dialog shows (the
 * clinic's licensed wording, or the topics), so the answers can be entered later. It carries no
 * patient data; the plain copy lives in the hand-out folder until sign-out like every print.
 */
final class BlankFormPrint {

    private BlankFormPrint() {
    }

    /** Writes and shows the PDF; returns where it went, or why not. */
    static String print(FormDefinition form, Map<String, String> itemTexts, Map<String, List<String>> answerTexts,
            String licence) {
        List<BlankForm.Item> items = new java.util.ArrayList<>();
        int number = 0;
        for (FormItem item : form.items()) {
            number++;
            List<String> answers = item.type() == FormItem.ItemType.CHOICE
                    ? answerTexts.getOrDefault(item.id(), item.choices().stream().map(FormItem.Choice::title).toList())
                    : List.of();
            String scale = item.min() == null ? Messages.blank_write
                    : NLS.bind(Messages.blank_scale, number(item.min()), number(item.max()));
            String text = itemTexts.getOrDefault(item.id(), item.title());
            // "Question 4: ..." numbers itself; other items get their number in front
            items.add(new BlankForm.Item(text.matches("\\p{L}+ \\d+:.*") ? "" : number + ".", text, answers, scale));
        }
        String name = "blank-" + form.id().replaceAll("[^A-Za-z0-9]+", "-") + "-" + LocalDate.now() + ".pdf";
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            BlankForm.write(new BlankForm.Content(form.title(), Messages.blank_header, licence, items), pdf);
            Path shown = HandOut.show(name, pdf.toByteArray());
            return NLS.bind(Messages.blank_printed, shown);
        } catch (IOException | RuntimeException e) {
            return NLS.bind(Messages.blank_failed, name, e.getMessage());
        }
    }

    private static String number(Double value) {
        return value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString();
    }
}
