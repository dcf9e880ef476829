/* voc-export-chooser.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The save dialog of the windows that export a document (the cover letter, the tailored
 * resume): the formats the exporters write, and a file name from the document's name.
 */

#define G_LOG_DOMAIN "voc-export-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-export-chooser.h"

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * voc_export_chooser_new:
 * @parent: the window it is modal to
 * @title: the dialog's title
 * @name: the document's name: the file suggested is "@name.pdf", with the characters a file
 *   name cannot hold replaced by "-"
 * @json_resume: whether JSON Resume is offered too
 *
 * Returns: (transfer full): a modal save dialog with a filter for PDF, DOCX and Markdown
 *   (and JSON Resume), not shown yet
 */
GtkFileChooserNative *
voc_export_chooser_new (GtkWindow  *parent,
                        const char *title,
                        const char *name,
                        gboolean    json_resume)
{
  GtkFileChooserNative *chooser;
  g_autofree char *file_name = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  chooser = gtk_file_chooser_native_new (title, parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  file_name = g_strdup_printf ("%s.pdf", name);
  g_strdelimit (file_name, "/\\:", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF"), "*.pdf");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Word Document (DOCX)"), "*.docx");
  add_filter (GTK_FILE_CHOOSER (chooser), _("Markdown"), "*.md");
  if (json_resume)
    add_filter (GTK_FILE_CHOOSER (chooser), _("JSON Resume"), "*.json");
  return chooser;
}
