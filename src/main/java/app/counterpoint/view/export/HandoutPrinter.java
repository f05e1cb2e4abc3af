package app.counterpoint.view.export;

import app.counterpoint.viewmodel.MainViewModel;
import java.util.List;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** Prints the handout with the system's print dialog. */
public final class HandoutPrinter {

    private HandoutPrinter() {}

    /**
     * Asks for a printer and prints; returns a message for the user when nothing was printed, or null when the
     * handout went to the printer (or the user cancelled).
     */
    public static String print(MainViewModel viewModel, Image timeline, List<String> stylesheets, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return viewModel.language().get("print.noPrinter");
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return null;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<Region> pages = Handout.pages(
                viewModel, timeline, layout.getPrintableWidth(), layout.getPrintableHeight(), stylesheets);
        for (Region page : pages) {
            if (!job.printPage(page)) {
                job.cancelJob();
                return viewModel.language().get("print.stopped", String.valueOf(job.getJobStatus()));
            }
        }
        job.endJob();
        return null;
    }
}
