package atlas.app.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;

import atlas.ui.AtlasContext;

/** File > Refresh patient list (F5): shows what other workstations have registered meanwhile. */
public class RefreshPatientListHandler {

    @Execute
    void refresh(IEventBroker events) {
        events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, Boolean.TRUE);
    }
}
