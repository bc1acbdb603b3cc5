package org.netjournal.ui.shared;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.netjournal.domain.StepDefinition;
import org.netjournal.domain.StepState;

/** Icons and style names for steps and their states, shared by the navigator and the step page. */
public final class StepIcons {

    private StepIcons() {
    }

    public static Ikon of(StepDefinition step) {
        return switch (step) {
            case WHY_IT_MATTERS -> Material2OutlinedAL.LIGHTBULB;
            case CHOOSE_NETWORKS -> Material2OutlinedMZ.PUBLIC;
            case CREATE_ACCOUNTS -> Material2OutlinedAL.ACCOUNT_CIRCLE;
            case SIGHTSEEING -> Material2OutlinedAL.EXPLORE;
            case STRATEGY -> Material2OutlinedMZ.MAP;
            case GET_ACTIVE -> Material2OutlinedAL.CAMPAIGN;
            case HAVE_FUN -> Material2OutlinedAL.EMOJI_EMOTIONS;
        };
    }

    public static Ikon of(StepState state) {
        return switch (state) {
            case NOT_STARTED -> Material2OutlinedMZ.RADIO_BUTTON_UNCHECKED;
            case IN_PROGRESS -> Material2OutlinedMZ.TIMELAPSE;
            case DONE -> Material2OutlinedAL.CHECK_CIRCLE;
        };
    }

    public static String styleClass(StepState state) {
        return switch (state) {
            case NOT_STARTED -> "not-started";
            case IN_PROGRESS -> "in-progress";
            case DONE -> "done";
        };
    }
}
