package atlas.outcomes.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.ui.InBackground;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.form.FormResponseService;
import atlas.outcomes.chart.OutcomeCharts;
import atlas.outcomes.chart.ResponderRates;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.Widgets;

/**
 * The clinic's outcomes: across the episodes discharged in a date range, optionally of one
 * diagnosis (ICD-10 code or its start, "G43"), the share of patients reaching each measure's
 * important change, as a table and a bar chart.
 */
public class ClinicOutcomesPart {

    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    @Service
    private FormResponseService results;

    private final DateInput dates = DateInput.forPlatform();
    private Text diagnosis;
    private Text from;
    private Text to;
    private Label message;
    private Table table;
    private Composite chartArea;
    private ChartCanvas chart;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).applyTo(filters);
        diagnosis = Widgets.labelledText(filters, Messages.clinic_diagnosis, "clinic.diagnosis", 80);
        from = dates.hint(Widgets.labelledText(filters, Messages.clinic_from, "clinic.from", 100));
        to = dates.hint(Widgets.labelledText(filters, Messages.clinic_to, "clinic.to", 100));
        from.setText(dates.format(LocalDate.now().minusYears(1)));
        to.setText(dates.format(LocalDate.now()));
        Widgets.button(filters, Messages.clinic_show, "clinic.show", this::load);
        for (Text field : new Text[] { diagnosis, from, to }) {
            field.addListener(SWT.DefaultSelection, e -> load()); // Enter in a filter shows the figures
        }
        message = new Label(parent, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "clinic.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        table = Widgets.table(parent, "clinic.rates", Messages.clinic_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 160).applyTo(table);
        chartArea = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(chartArea);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chartArea);
        load();
    }

    private void load() {
        Optional<LocalDate> start = dates.parse(from.getText());
        Optional<LocalDate> end = dates.parse(to.getText());
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            message.setText(NLS.bind(Messages.clinic_badRange, dates.allowed()));
            return;
        }
        String prefix = diagnosis.getText();
        message.setText(Messages.clinic_loading);
        InBackground.run(table, Messages.clinic_loadJob, () -> {
            List<EpisodeOfCare> discharged = episodes.dischargedBetween(start.get(), end.get());
            List<ResponderRates.Rate> rates = ResponderRates.of(discharged, results.observationsOf(
                    discharged.stream().map(EpisodeOfCare::getPatientId).toList(), ResponderRates.measureCodes()),
                    prefix);
            long chosen = discharged.stream().filter(episode -> prefix.isBlank() || episode.getDiagnoses().stream()
                    .anyMatch(d -> d.getCode().toUpperCase().startsWith(prefix.strip().toUpperCase()))).count();
            return java.util.Map.entry(rates, chosen);
        }, read -> show(read.getKey(), read.getValue()), e -> message.setText(e.getMessage()));
    }

    private void show(List<ResponderRates.Rate> rates, long discharged) {
        if (table.isDisposed()) {
            return;
        }
        message.setText(NLS.bind(Messages.clinic_summary, discharged));
        table.removeAll();
        for (ResponderRates.Rate rate : rates) {
            new TableItem(table, SWT.NONE).setText(new String[] { rate.title(), Integer.toString(rate.episodes()),
                    Integer.toString(rate.responders()), Math.round(rate.share() * 100) + " %" });
        }
        Widgets.packColumns(table);
        if (chart != null) {
            chart.control().dispose();
        }
        chart = new ChartCanvas(chartArea, OutcomeCharts.responders(rates), "responder-rates");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart.control());
        chartArea.layout(true, true);
    }
}
