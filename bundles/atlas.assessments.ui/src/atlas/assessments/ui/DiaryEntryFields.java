package atlas.assessments.ui;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.dates.ClinicDates;
import atlas.core.diary.HeadacheDiaryEntry;
import atlas.core.diary.HeadacheSide;
import atlas.core.diary.MedicationClass;
import atlas.ui.DateInput;
import atlas.ui.FieldDecorations;
import atlas.ui.Widgets;

/**
 * The one line a headache is entered or corrected in (clinical reference, "Headache diary"): date
 * and start, duration, intensity, side, medication, aura, relief, disability, triggers and the
 * ICHD-3 features; read into an entry with every wrong field named, or filled from one to correct it.
 */
final class DiaryEntryFields {

    private final ClinicDates when = ClinicDates.forPlatform();
    private final DateInput dates = DateInput.forPlatform();
    private final FieldDecorations decorations = new FieldDecorations();
    private Text date;
    private Text start;
    private Text minutes;
    private Text intensity;
    private Combo side;
    private Combo medicationClass;
    private Text medication;
    private Text aura;
    private Text triggers;
    private Combo relief;
    private Combo disability;
    private Button pulsating;
    private Button nausea;
    private Button light;
    private Button sound;
    private Button worseWithActivity;
    private Button sideLocked;
    private Button neck;
    private Button jaw;

    /**
     * Builds the fields into {@code entry} (eight columns); {@code typed} runs on every change,
     * {@code enter} when Enter is pressed in a text field.
     */
    void create(Composite entry, Runnable typed, Runnable enter) {
        GridLayoutFactory.swtDefaults().numColumns(8).applyTo(entry);
        date = dates.hint(field(entry, Messages.diary_date, "diary.date", 90, "startsAt"));
        date.setText(dates.format(LocalDate.now()));
        start = field(entry, Messages.diary_start, "diary.start", 50, "startsAt.time");
        minutes = field(entry, Messages.diary_minutes, "diary.minutes", 50, "durationMinutes");
        intensity = field(entry, Messages.diary_intensity, "diary.intensity", 40, "intensity");
        side = Widgets.labelledCombo(entry, Messages.diary_side, "diary.side", Messages.diary_sides.split("\\|"));
        medicationClass = Widgets.labelledCombo(entry, Messages.diary_medicationClass, "diary.medicationClass",
                Messages.diary_medicationClasses.split("\\|"));
        medication = field(entry, Messages.diary_medication, "diary.medication", 120, "medicationName");
        aura = field(entry, Messages.diary_aura, "diary.aura", 40, "auraMinutes");
        relief = Widgets.labelledCombo(entry, Messages.diary_relief, "diary.relief", Messages.diary_reliefs.split("\\|"));
        disability = Widgets.labelledCombo(entry, Messages.diary_disability, "diary.disability",
                Messages.diary_disabilities.split("\\|"));
        triggers = field(entry, Messages.diary_triggers, "diary.triggers", 120, "triggers");
        Composite features = new Composite(entry, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(features);
        GridDataFactory.fillDefaults().span(8, 1).applyTo(features);
        pulsating = Widgets.check(features, Messages.diary_pulsating, "diary.pulsating");
        worseWithActivity = Widgets.check(features, Messages.diary_worse, "diary.worse");
        nausea = Widgets.check(features, Messages.diary_nausea, "diary.nausea");
        light = Widgets.check(features, Messages.diary_light, "diary.light");
        sound = Widgets.check(features, Messages.diary_sound, "diary.sound");
        sideLocked = Widgets.check(features, Messages.diary_sideLocked, "diary.sideLocked");
        neck = Widgets.check(features, Messages.diary_neck, "diary.neck");
        jaw = Widgets.check(features, Messages.diary_jaw, "diary.jaw");
        for (Text text : texts()) {
            text.addListener(SWT.Modify, e -> typed.run());
            text.addListener(SWT.DefaultSelection, e -> enter.run());
        }
        for (Combo combo : combos()) {
            combo.addListener(SWT.Selection, e -> typed.run());
        }
        for (Button check : checks()) {
            check.addListener(SWT.Selection, e -> typed.run());
        }
    }

    private Text field(Composite parent, String label, String id, int width, String key) {
        Text text = Widgets.labelledText(parent, label, id, width);
        decorations.add(key, label, text);
        return text;
    }

    private Text[] texts() {
        return new Text[] { date, start, minutes, intensity, medication, aura, triggers };
    }

    private Combo[] combos() {
        return new Combo[] { side, medicationClass, relief, disability };
    }

    private Button[] checks() {
        return new Button[] { pulsating, worseWithActivity, nausea, light, sound, sideLocked, neck, jaw };
    }

    /** Whether anything of a headache is typed (the date alone is not: it stays for the next entry). */
    boolean anythingTyped() {
        for (Text text : texts()) {
            if (text != date && !text.getText().isBlank()) {
                return true;
            }
        }
        for (Combo combo : combos()) {
            if (combo.getSelectionIndex() > 0) {
                return true;
            }
        }
        for (Button check : checks()) {
            if (check.getSelection()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes what is typed into {@code entry} (a new one, or a copy of one being corrected),
     * adding every wrong field to {@code errors}; the entry's own rules are checked too.
     */
    void writeInto(HeadacheDiaryEntry entry, List<FieldError> errors) {
        entry.setStartsAt(startsAt(errors));
        entry.setDurationMinutes(number(minutes, "durationMinutes", Messages.diary_minutes, errors));
        entry.setIntensity(number(intensity, "intensity", Messages.diary_intensity, errors));
        entry.setSide(side.getSelectionIndex() <= 0 ? null : HeadacheSide.values()[side.getSelectionIndex() - 1]);
        entry.setMedicationClass(medicationClass.getSelectionIndex() <= 0 ? null
                : MedicationClass.values()[medicationClass.getSelectionIndex() - 1]);
        entry.setMedicationName(medication.getText().isBlank() ? null : medication.getText().strip());
        entry.setPulsating(pulsating.getSelection());
        entry.setNauseaOrVomiting(nausea.getSelection());
        entry.setPhotophobia(light.getSelection());
        entry.setPhonophobia(sound.getSelection());
        entry.setWorseWithActivity(worseWithActivity.getSelection());
        entry.setSideLocked(sideLocked.getSelection());
        entry.setProvokedByNeck(neck.getSelection());
        entry.setProvokedByJaw(jaw.getSelection());
        entry.setAuraMinutes(number(aura, "auraMinutes", Messages.diary_aura, errors));
        entry.setTriggers(triggers.getText().isBlank() ? null : triggers.getText().strip());
        entry.setReliefAtTwoHours(relief.getSelectionIndex() <= 0 ? null : relief.getSelectionIndex() == 1);
        entry.setDisability(disability.getSelectionIndex() <= 0 ? null : disability.getSelectionIndex() - 1);
        if (errors.isEmpty()) {
            errors.addAll(entry.validate(LocalDateTime.now()));
        }
        decorations.touchAll();
    }

    /** Marks the wrong fields; returns the message naming the first, if any. */
    java.util.Optional<String> show(List<FieldError> errors) {
        return decorations.show(errors);
    }

    /** Fills the fields from {@code entry}, to correct it. */
    void fill(HeadacheDiaryEntry entry) {
        date.setText(dates.format(entry.getStartsAt().toLocalDate()));
        start.setText(when.time(entry.getStartsAt()));
        minutes.setText(text(entry.getDurationMinutes()));
        intensity.setText(text(entry.getIntensity()));
        side.select(entry.getSide() == null ? 0 : entry.getSide().ordinal() + 1);
        medicationClass.select(entry.getMedicationClass() == null ? 0 : entry.getMedicationClass().ordinal() + 1);
        medication.setText(entry.getMedicationName() == null ? "" : entry.getMedicationName());
        aura.setText(text(entry.getAuraMinutes()));
        triggers.setText(entry.getTriggers() == null ? "" : entry.getTriggers());
        relief.select(entry.getReliefAtTwoHours() == null ? 0 : entry.getReliefAtTwoHours() ? 1 : 2);
        disability.select(entry.getDisability() == null ? 0 : entry.getDisability() + 1);
        pulsating.setSelection(entry.isPulsating());
        worseWithActivity.setSelection(entry.isWorseWithActivity());
        nausea.setSelection(entry.isNauseaOrVomiting());
        light.setSelection(entry.isPhotophobia());
        sound.setSelection(entry.isPhonophobia());
        sideLocked.setSelection(entry.isSideLocked());
        neck.setSelection(entry.isProvokedByNeck());
        jaw.setSelection(entry.isProvokedByJaw());
        decorations.show(List.of());
    }

    /** Empties the fields for the next headache; the date stays (a diary is often entered day by day). */
    void clear() {
        decorations.show(List.of());
        for (Text text : texts()) {
            if (text != date) {
                text.setText("");
            }
        }
        for (Combo combo : combos()) {
            combo.select(0);
        }
        for (Button check : checks()) {
            check.setSelection(false);
        }
        start.setFocus();
    }

    /** Puts the keyboard in the start field, ready for the next headache. */
    void focus() {
        start.setFocus();
    }

    private LocalDateTime startsAt(List<FieldError> errors) {
        LocalDate day = dates.parse(date.getText()).orElse(null);
        if (day == null) {
            errors.add(new FieldError("startsAt", Messages.diary_date, dates.notADate(date.getText())));
            return null;
        }
        String time = start.getText().strip();
        if (time.isEmpty()) {
            return day.atTime(LocalTime.NOON);
        }
        java.util.Optional<LocalTime> at = when.parseTime(time);
        if (at.isEmpty()) {
            errors.add(new FieldError("startsAt.time", Messages.diary_start, Messages.diary_timeFormat));
            return null;
        }
        return day.atTime(at.get());
    }

    private static Integer number(Text field, String key, String label, List<FieldError> errors) {
        try {
            return atlas.ui.WholeNumber.in(field);
        } catch (atlas.ui.WholeNumber.Wrong wrong) {
            errors.add(new FieldError(key, label, wrong.getMessage()));
            return null;
        }
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
