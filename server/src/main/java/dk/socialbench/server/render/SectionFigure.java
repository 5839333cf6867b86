package dk.socialbench.server.render;

import java.util.List;

/** Turns one published dataset into the panels of its section of a report. */
interface SectionFigure {
  /** The section's panels, in order; at least one. */
  List<FigurePanel> panels(SectionContext context);
}
