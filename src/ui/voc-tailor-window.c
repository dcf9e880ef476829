/* voc-tailor-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-tailor-window"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-bullet-rewrites.h"
#include "voc-export-chooser.h"
#include "voc-repositories.h"
#include "voc-resume-export.h"
#include "voc-resume-versions.h"
#include "voc-rewrite-panel.h"
#include "voc-tailor-window.h"

/*
 * The resume tailored for one posting: the bullets the engine chose and ordered within the
 * page budget, job by job, each line saying which bullet of the base resume it is and whether
 * it moved, the bullets left out, and the ATS match rate before and after. Titles, employers
 * and dates are shown as they are, never as something to edit: tailoring does not change
 * facts. With an AI provider set up, "Suggest Rewrites with AI" (voc-rewrite-panel.c) offers
 * better wording bullet by bullet; an accepted rewrite shows at once in the lines below and
 * in the figures. "Save as Sent Version" freezes it, accepted rewrites and where they came
 * from included (linked to the posting's application when there is one); "Export…" writes it as PDF, DOCX, Markdown or JSON Resume in a worker thread.
 */

#define PAGES 2.0

struct _VocTailorWindow
{
  AdwWindow          parent_instance;

  AdwWindowTitle    *window_title;
  AdwToastOverlay   *toast_overlay;
  GtkStack          *stack;
  AdwStatusPage     *error_page;
  GtkBox            *resume_box;
  GtkEditable       *name_row;
  GtkBox            *jobs_box;
  GtkLabel          *ats_label;
  GtkLabel          *length_label;
  GtkLabel          *bullets_label;
  VocRewritePanel   *rewrite_panel;

  VocFitStore       *store;
  VocJobPosting     *posting;
  VocFitTailored    *tailored;
  VocResumeVersion  *version;
  JsonObject        *base;
  JsonObject        *base_sources;
  GCancellable      *cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (VocTailorWindow, voc_tailor_window, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_POSTING,
  PROP_TAILORED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
toast (VocTailorWindow *self,
       const char      *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
update_actions (VocTailorWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tailor.save",
                                 self->tailored != NULL && self->version == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "tailor.export", self->tailored != NULL);
}

static char *
entry_key (JsonObject *entry)
{
  return g_strdup_printf ("%s\x1f%s\x1f%s",
                          json_object_get_string_member_with_default (entry, "name", ""),
                          json_object_get_string_member_with_default (entry, "position", ""),
                          json_object_get_string_member_with_default (entry, "startDate", ""));
}

static JsonArray *
work_of (JsonObject *resume)
{
  return resume != NULL && json_object_has_member (resume, "work")
           ? json_object_get_array_member (resume, "work") : NULL;
}

static JsonArray *
highlights_of (JsonObject *entry)
{
  return entry != NULL && json_object_has_member (entry, "highlights")
           ? json_object_get_array_member (entry, "highlights") : NULL;
}

static const char *
source_of (JsonObject *sources,
           guint       work,
           guint       highlight)
{
  g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", work, highlight);

  return sources != NULL && json_object_has_member (sources, key)
           ? json_object_get_string_member (sources, key) : NULL;
}

static GtkWidget *
row_new (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static GtkWidget *
value_row_new (const char  *title,
               const char  *subtitle,
               GtkLabel   **value)
{
  GtkWidget *row = row_new (title, subtitle);
  GtkWidget *label = gtk_label_new (NULL);

  *value = GTK_LABEL (label);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  return row;
}

static char *
format_rate (int rate)
{
  /* TRANSLATORS: a match rate in percent */
  return rate >= 0 ? g_strdup_printf (_("%d %%"), rate) : g_strdup (C_("rate", "none"));
}

/* One job of the tailored resume: its facts as they are, its lines with where each came from,
 * and the bullets of the base resume left out. */
static GtkWidget *
job_group_new (JsonObject *entry,
               guint       index,
               JsonObject *sources,
               JsonObject *base_entry,
               guint       base_index,
               JsonObject *base_sources,
               GHashTable *rewritten,
               guint      *n_moved)
{
  GtkWidget *group = adw_preferences_group_new ();
  JsonArray *lines = highlights_of (entry);
  JsonArray *base_lines = highlights_of (base_entry);
  g_autoptr(GHashTable) base_positions = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) kept = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *title = NULL;
  g_autofree char *dates = NULL;
  const char *start = json_object_get_string_member_with_default (entry, "startDate", NULL);
  const char *end = json_object_get_string_member_with_default (entry, "endDate", NULL);

  /* TRANSLATORS: a job of the resume: the title held and the employer */
  title = g_strdup_printf (_("%s — %s"),
                           json_object_get_string_member_with_default (entry, "position", ""),
                           json_object_get_string_member_with_default (entry, "name", ""));
  /* TRANSLATORS: the dates of a job; the second is "present" when it goes on */
  dates = g_strdup_printf (_("%s to %s"), start != NULL ? start : "?",
                           end != NULL ? end : _("present"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), dates);

  for (guint h = 0; base_lines != NULL && h < json_array_get_length (base_lines); h++)
    {
      const char *uuid = source_of (base_sources, base_index, h);

      if (uuid != NULL)
        g_hash_table_insert (base_positions, (gpointer) uuid, GUINT_TO_POINTER (h + 1));
    }

  for (guint h = 0; lines != NULL && h < json_array_get_length (lines); h++)
    {
      const char *uuid = source_of (sources, index, h);
      guint base_position = uuid != NULL
                              ? GPOINTER_TO_UINT (g_hash_table_lookup (base_positions, uuid)) : 0;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (base_position == 0)
        subtitle = g_strdup (_("From your library: not in the base resume"));
      else if (base_position == h + 1)
        /* TRANSLATORS: where a line of the tailored resume came from */
        subtitle = g_strdup_printf (_("Bullet %u of this job in the base resume"), base_position);
      else
        {
          subtitle = g_strdup_printf (base_position > h + 1
                                        ? _("Bullet %u of this job in the base resume, moved up")
                                        : _("Bullet %u of this job in the base resume, moved down"),
                                      base_position);
          (*n_moved)++;
        }

      if (uuid != NULL && g_hash_table_contains (rewritten, uuid))
        {
          /* TRANSLATORS: said of a line of the tailored resume after its place */
          char *reworded = g_strdup_printf (_("%s, reworded for this job"), subtitle);

          g_free (subtitle);
          subtitle = reworded;
        }
      row = row_new (json_array_get_string_element (lines, h), subtitle);
      if (uuid != NULL)
        {
          g_autofree char *tooltip = g_strdup_printf (_("Bullet %s"), uuid);

          gtk_widget_set_tooltip_text (row, tooltip);
          g_hash_table_add (kept, (gpointer) uuid);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  for (guint h = 0; base_lines != NULL && h < json_array_get_length (base_lines); h++)
    {
      const char *uuid = source_of (base_sources, base_index, h);
      GtkWidget *row;

      if (uuid == NULL || g_hash_table_contains (kept, uuid))
        continue;

      row = row_new (json_array_get_string_element (base_lines, h),
                     _("Left out: less relevant to this job"));
      gtk_widget_add_css_class (row, "tailor-dropped");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  return group;
}

/* The lines of every job and the figures, as the tailored resume is now. */
static void
show_jobs (VocTailorWindow *self)
{
  VocFitTailored *tailored = self->tailored;
  g_autoptr(GHashTable) base_jobs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) rewritten = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *rewrites = voc_rewrite_panel_get_rewrites (self->rewrite_panel);
  JsonArray *work = work_of (tailored->resume);
  JsonArray *base_work = work_of (self->base);
  g_autofree char *before = format_rate (tailored->ats_before->match_rate);
  g_autofree char *after = format_rate (tailored->ats_after->match_rate);
  g_autofree char *ats = NULL;
  g_autofree char *lines = NULL;
  g_autofree char *bullets = NULL;
  GtkWidget *child;
  guint n_moved = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->jobs_box))) != NULL)
    gtk_box_remove (self->jobs_box, child);
  for (guint i = 0; i < rewrites->len; i++)
    g_hash_table_add (rewritten,
                      ((VocBulletRewrite *) g_ptr_array_index (rewrites, i))->bullet_uuid);

  for (guint i = 0; base_work != NULL && i < json_array_get_length (base_work); i++)
    g_hash_table_insert (base_jobs, entry_key (json_array_get_object_element (base_work, i)),
                         GUINT_TO_POINTER (i + 1));

  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonObject *entry = json_array_get_object_element (work, i);
      g_autofree char *key = entry_key (entry);
      guint base_index = GPOINTER_TO_UINT (g_hash_table_lookup (base_jobs, key));

      gtk_box_append (self->jobs_box,
                      job_group_new (entry, i, tailored->sources,
                                     base_index > 0
                                       ? json_array_get_object_element (base_work, base_index - 1)
                                       : NULL,
                                     base_index > 0 ? base_index - 1 : 0, self->base_sources,
                                     rewritten, &n_moved));
    }

  /* TRANSLATORS: the ATS match rate of the base resume and of the tailored one */
  ats = g_strdup_printf (_("%s → %s"), before, after);
  lines = g_strdup_printf (ngettext ("%u of %u lines (%g page)", "%u of %u lines (%g pages)",
                                     (gulong) PAGES),
                           tailored->lines_used, tailored->line_budget, PAGES);
  bullets = g_strdup_printf (_("%u kept, %u left out, %u moved"), tailored->n_kept,
                             tailored->n_dropped, n_moved);
  gtk_label_set_text (self->ats_label, ats);
  gtk_label_set_text (self->length_label, lines);
  gtk_label_set_text (self->bullets_label, bullets);
}

static void
show_tailored (VocTailorWindow *self)
{
  GtkWidget *summary = adw_preferences_group_new ();
  GtkWidget *name_row = adw_entry_row_new ();
  g_autofree char *name = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *company = voc_job_posting_get_company_name (self->posting);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (summary), _("Summary"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary),
                             value_row_new (_("ATS Match"),
                                            _("The posting’s keywords the resume has, before "
                                              "and after tailoring"), &self->ats_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary),
                             value_row_new (_("Length"), _("Estimated, within the page budget"),
                                            &self->length_label));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary),
                             value_row_new (_("Bullets"), NULL, &self->bullets_label));

  today = g_date_time_format (now, "%Y-%m-%d");
  /* TRANSLATORS: the default name of a resume version: the employer and the day */
  name = g_strdup_printf (_("For %s, %s"),
                          company != NULL && *company != '\0'
                            ? company : voc_job_posting_get_title (self->posting),
                          today);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name_row), _("Version Name"));
  gtk_editable_set_text (GTK_EDITABLE (name_row), name);
  self->name_row = GTK_EDITABLE (name_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (summary), name_row);

  self->rewrite_panel = VOC_REWRITE_PANEL (
    voc_rewrite_panel_new (self->store, voc_entity_get_id (VOC_ENTITY (self->posting))));
  voc_rewrite_panel_set_tailored (self->rewrite_panel, self->tailored, self->base);
  g_signal_connect_object (self->rewrite_panel, "changed", G_CALLBACK (show_jobs), self,
                           G_CONNECT_SWAPPED);

  self->jobs_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_box_append (self->resume_box, summary);
  gtk_box_append (self->resume_box, GTK_WIDGET (self->rewrite_panel));
  gtk_box_append (self->resume_box, GTK_WIDGET (self->jobs_box));
  show_jobs (self);

  gtk_stack_set_visible_child_name (self->stack, "resume");
}

static void
on_tailored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocTailorWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  VocFitTailored *tailored;

  tailored = voc_fit_store_tailor_finish (VOC_FIT_STORE (object), result, &error);
  if (tailored == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  self->tailored = tailored;
  /* The base resume as it is now, to show what moved and what was left out. */
  self->base = voc_resume_compile (voc_fit_store_get_database (self->store), NULL,
                                   &self->base_sources, &error);
  if (self->base == NULL)
    g_debug ("Cannot compile the base resume: %s", error->message);
  show_tailored (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAILORED]);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (self->tailored == NULL || self->version != NULL)
    return;

  name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_row)));
  if (*name == '\0')
    {
      toast (self, _("Give the version a name first"));
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return;
    }

  /* The version, and the rewrites accepted for it with where they came from. */
  self->version = voc_bullet_rewrites_save_tailored (
    self->store, voc_entity_get_id (VOC_ENTITY (self->posting)), self->tailored,
    voc_rewrite_panel_get_rewrites (self->rewrite_panel), name, &error);
  if (self->version == NULL)
    {
      message = g_strdup_printf (_("Cannot save the version: %s"), error->message);
      toast (self, message);
      return;
    }

  gtk_editable_set_editable (self->name_row, FALSE);
  voc_rewrite_panel_set_locked (self->rewrite_panel, TRUE);
  {
    g_autoptr(VocPipelineRepository) pipeline =
      voc_pipeline_repository_new (voc_fit_store_get_database (self->store));
    g_autofree char *where = g_strdup_printf ("t.resume_version_id = %" G_GINT64_FORMAT,
                                              voc_entity_get_id (VOC_ENTITY (self->version)));
    g_autoptr(VocEntityList) applications = NULL;

    applications = voc_repository_list_where (VOC_REPOSITORY (pipeline),
                                              VOC_TYPE_JOB_APPLICATION, where, NULL, NULL);
    if (g_list_model_get_n_items (G_LIST_MODEL (applications)) > 0)
      message = g_strdup_printf (_("Saved as “%s” and linked to your application for this "
                                   "job"), name);
    else
      message = g_strdup_printf (_("Saved as “%s”: later edits of your resume leave it as "
                                   "sent"), name);
  }
  toast (self, message);
  update_actions (self);
}

/* Exporting */

typedef struct
{
  char            *json;
  GFile           *file;
  VocResumeFormat  format;
  VocPaper         paper;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->json);
  g_clear_object (&data->file);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(JsonNode) node = NULL;
  GError *error = NULL;

  node = json_from_string (data->json, &error);
  if (node == NULL ||
      !voc_resume_export_to_file (json_node_get_object (node), data->file, data->format, NULL,
                                  data->paper, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * voc_tailor_window_export_async:
 * @file: where to write; the format follows its extension
 *
 * Writes the tailored resume in a worker thread, replacing @file atomically.
 */
void
voc_tailor_window_export_async (VocTailorWindow     *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *basename = NULL;
  GtkPaperSize *paper;
  ExportData *data;

  g_return_if_fail (VOC_IS_TAILOR_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_tailor_window_export_async);

  if (self->tailored == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_INITIALIZED,
                               _("The resume is not tailored yet"));
      return;
    }

  data = g_new0 (ExportData, 1);
  basename = g_file_get_basename (file);
  if (!voc_resume_format_from_filename (basename, &data->format))
    {
      export_data_free (data);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("“%s” does not end in .pdf, .docx, .md or .json"), basename);
      return;
    }

  /* The worker gets a copy of its own: JSON objects are not for sharing between threads. */
  node = json_node_init_object (json_node_alloc (), self->tailored->resume);
  data->json = json_to_string (node, FALSE);
  data->file = g_object_ref (file);
  /* The paper of the user's locale (LC_PAPER), as `vocation --export-resume` uses. */
  paper = gtk_paper_size_new (NULL);
  data->paper = g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER)
                  ? VOC_PAPER_LETTER : VOC_PAPER_A4;
  gtk_paper_size_free (paper);

  worker = g_task_new (NULL, cancellable, on_export_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (worker, export_thread);
}

gboolean
voc_tailor_window_export_finish (VocTailorWindow  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!voc_tailor_window_export_finish (self, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      message = g_strdup_printf (_("Cannot export the resume: %s"), error->message);
    }
  else
    message = g_strdup (_("Resume exported"));
  toast (self, message);
}

static void
on_chooser_response_cb (VocTailorWindow      *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    voc_tailor_window_export_async (self, file, self->cancellable, on_exported_cb, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (widget);

  if (self->tailored == NULL || self->chooser != NULL)
    return;

  self->chooser = voc_export_chooser_new (GTK_WINDOW (self), _("Export Resume"),
                                          gtk_editable_get_text (self->name_row), TRUE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject */

static void
build (VocTailorWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save as Sent Version"));
  GtkWidget *export = gtk_button_new_with_mnemonic (_("E_xport…"));
  GtkWidget *loading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *loading_label = gtk_label_new (_("Choosing the bullets for this job…"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Tailored Resume"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 760);

  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Tailored Resume"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "tailor.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_tooltip_text (save, _("Keep this resume, exactly as it is, as the version sent "
                                       "for this job"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "tailor.export");
  gtk_widget_set_tooltip_text (export, _("Write it as PDF, DOCX, Markdown or JSON Resume"));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  gtk_box_append (GTK_BOX (box), header);

  self->toast_overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toast_overlay), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toast_overlay));

  self->stack = GTK_STACK (gtk_stack_new ());
  adw_toast_overlay_set_child (self->toast_overlay, GTK_WIDGET (self->stack));

  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_widget_set_valign (loading, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (loading), spinner);
  gtk_box_append (GTK_BOX (loading), loading_label);
  gtk_stack_add_named (self->stack, loading, "loading");

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, _("Cannot Tailor the Resume"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  self->resume_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 24));
  gtk_widget_set_margin_top (GTK_WIDGET (self->resume_box), 24);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->resume_box), 24);
  gtk_widget_set_margin_start (GTK_WIDGET (self->resume_box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->resume_box), 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 680);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (self->resume_box));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "resume");
  gtk_stack_set_visible_child_name (self->stack, "loading");

  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
voc_tailor_window_constructed (GObject *object)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);

  G_OBJECT_CLASS (voc_tailor_window_parent_class)->constructed (object);

  adw_window_title_set_subtitle (self->window_title,
                                 voc_job_posting_get_title (self->posting));
  voc_fit_store_tailor_async (self->store, voc_entity_get_id (VOC_ENTITY (self->posting)),
                              PAGES, self->cancellable, on_tailored_cb, g_object_ref (self));
}

static void
voc_tailor_window_dispose (GObject *object)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (voc_tailor_window_parent_class)->dispose (object);
}

static void
voc_tailor_window_finalize (GObject *object)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_object (&self->posting);
  g_clear_object (&self->version);
  g_clear_pointer (&self->base, json_object_unref);
  g_clear_pointer (&self->base_sources, json_object_unref);
  g_clear_pointer (&self->tailored, voc_fit_tailored_free);

  G_OBJECT_CLASS (voc_tailor_window_parent_class)->finalize (object);
}

static void
voc_tailor_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    case PROP_TAILORED:
      g_value_set_boolean (value, self->tailored != NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_tailor_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VocTailorWindow *self = VOC_TAILOR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_POSTING:
      self->posting = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_tailor_window_class_init (VocTailorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = voc_tailor_window_constructed;
  object_class->dispose = voc_tailor_window_dispose;
  object_class->finalize = voc_tailor_window_finalize;
  object_class->get_property = voc_tailor_window_get_property;
  object_class->set_property = voc_tailor_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         VOC_TYPE_FIT_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         VOC_TYPE_JOB_POSTING,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  /**
   * VocTailorWindow:tailored:
   *
   * Whether the tailored resume is ready.
   */
  properties[PROP_TAILORED] =
    g_param_spec_boolean ("tailored", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "tailor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "tailor.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "tailor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "tailor.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
voc_tailor_window_init (VocTailorWindow *self)
{
  self->cancellable = g_cancellable_new ();
  build (self);
  update_actions (self);
}

/**
 * voc_tailor_window_new:
 *
 * Returns: (transfer none): a window that tailors the resume for @posting
 */
GtkWidget *
voc_tailor_window_new (VocFitStore   *store,
                       VocJobPosting *posting)
{
  g_return_val_if_fail (VOC_IS_FIT_STORE (store), NULL);
  g_return_val_if_fail (VOC_IS_JOB_POSTING (posting), NULL);

  return g_object_new (VOC_TYPE_TAILOR_WINDOW,
                       "store", store,
                       "posting", posting,
                       NULL);
}

/**
 * voc_tailor_window_get_tailored:
 *
 * Returns: (transfer none) (nullable): the tailored resume, once ready
 */
VocFitTailored *
voc_tailor_window_get_tailored (VocTailorWindow *self)
{
  g_return_val_if_fail (VOC_IS_TAILOR_WINDOW (self), NULL);

  return self->tailored;
}

/**
 * voc_tailor_window_get_version:
 *
 * Returns: (transfer none) (nullable): the version saved from this window
 */
VocResumeVersion *
voc_tailor_window_get_version (VocTailorWindow *self)
{
  g_return_val_if_fail (VOC_IS_TAILOR_WINDOW (self), NULL);

  return self->version;
}

void
voc_tailor_window_set_name (VocTailorWindow *self,
                            const char      *name)
{
  g_return_if_fail (VOC_IS_TAILOR_WINDOW (self));
  g_return_if_fail (self->name_row != NULL);

  gtk_editable_set_text (self->name_row, name);
}

/**
 * voc_tailor_window_get_rewrite_panel:
 *
 * Returns: (transfer none) (nullable): the AI rewrites of the tailored resume, once ready
 */
VocRewritePanel *
voc_tailor_window_get_rewrite_panel (VocTailorWindow *self)
{
  g_return_val_if_fail (VOC_IS_TAILOR_WINDOW (self), NULL);

  return self->rewrite_panel;
}
