/* voc-letter-window.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-letter-window"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-ai-letter.h"
#include "voc-critic-dialog.h"
#include "voc-documents.h"
#include "voc-export-chooser.h"
#include "voc-fit-store.h"
#include "voc-format.h"
#include "voc-json-resume.h"
#include "voc-letter-export.h"
#include "voc-letter-window.h"
#include "voc-model-runs.h"
#include "voc-resume-versions.h"

/*
 * The cover letter of one application: a title and a body edited in place, saved as a new
 * version each time (Ctrl+S), the versions listed with a way to bring an old one back, and
 * the version sent linked to the application. A first draft comes from a plain template (the
 * posting's title and company and the resume bullets that match it best) or, when an AI
 * provider is set up, from the model, streamed into the editor as it is written and then
 * checked: what the check finds is listed under the letter with the reason. Nothing is
 * stored until Save. Export writes PDF, DOCX or Markdown on the resume's letterhead.
 *
 * Deleting is undoable: the letter leaves the window at once and is deleted when the toast
 * that offers Undo goes away, or when the window closes. Closing with unsaved edits asks.
 */

#define TEMPLATE_BULLETS 3

struct _VocLetterWindow
{
  AdwWindow              parent_instance;

  VocPipelineRepository *repository;
  VocJobApplication     *application;
  VocDocument           *letter;          /* the current version, or NULL before the first save */
  VocAiAssist           *assist;
  GSettings             *settings;
  GCancellable          *cancellable;     /* the window's */
  GCancellable          *generating;      /* the AI call's, while it runs */
  gulong                 generating_handler;
  VocAiClient           *client;
  VocFitStore           *fit_store;
  GtkFileChooserNative  *chooser;

  AdwToastOverlay       *toasts;
  GtkStack              *stack;
  AdwEntryRow           *title_row;
  GtkTextView           *body_view;
  GtkTextBuffer         *body;
  GtkTextBuffer         *notes;
  GtkWidget             *generate_button;
  GtkWidget             *template_button;
  GtkWidget             *progress;
  GtkLabel              *progress_label;
  AdwPreferencesGroup   *findings_group;
  GtkListBox            *findings_list;
  GListStore            *findings;        /* GtkStringObject */
  GtkListBox            *versions_list;
  GListStore            *versions;        /* VocDocument */

  char                  *before_generate; /* the text to put back when generating fails */
  gint64                 run_id;          /* the AI call the text came from, or 0 */
  gint64                 pending_delete;  /* a letter waiting for its Undo, or 0 */
  guint                  dirty : 1;
  guint                  loading : 1;
  guint                  busy : 1;
  guint                  force_close : 1;
};

G_DEFINE_FINAL_TYPE (VocLetterWindow, voc_letter_window, ADW_TYPE_WINDOW)

/* Helpers ------------------------------------------------------------------------------------ */

static void
toast (VocLetterWindow *self,
       const char      *message)
{
  /* Toast titles are markup in libadwaita 1.2. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

static void
toast_error (VocLetterWindow *self,
             const char      *format,
             const GError    *error)
{
  g_autofree char *message = g_strdup_printf (format, error->message);

  toast (self, message);
}

static VocDatabase *
database (VocLetterWindow *self)
{
  return voc_repository_get_database (VOC_REPOSITORY (self->repository));
}

static gint64
application_id (VocLetterWindow *self)
{
  return voc_entity_get_id (VOC_ENTITY (self->application));
}

static char *
dup_body (VocLetterWindow *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->body, &start, &end);
  return gtk_text_buffer_get_text (self->body, &start, &end, FALSE);
}

static char *
dup_notes (VocLetterWindow *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->notes, &start, &end);
  return gtk_text_buffer_get_text (self->notes, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static char *
default_title (VocLetterWindow *self)
{
  const char *title = voc_job_application_get_posting_title (self->application);
  const char *company = voc_job_application_get_company_name (self->application);

  if (title != NULL && *title != '\0' && company != NULL && *company != '\0')
    /* TRANSLATORS: the title of a new cover letter: the job's title, then the employer */
    return g_strdup_printf (_("Cover Letter for %s at %s"), title, company);
  if (title != NULL && *title != '\0')
    return g_strdup_printf (_("Cover Letter for %s"), title);
  return g_strdup (_("Cover Letter"));
}

static void
set_dirty (VocLetterWindow *self,
           gboolean         dirty)
{
  self->dirty = !!dirty;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.save", !self->busy);
  gtk_window_set_title (GTK_WINDOW (self), dirty ? _("Cover Letter (unsaved)") : _("Cover Letter"));
}

static void
update_actions (VocLetterWindow *self)
{
  gboolean has_letter = self->letter != NULL;
  gboolean ai = self->assist != NULL && voc_ai_assist_get_configured (self->assist);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.save", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.template", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.generate", ai && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.review-generate", ai && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.critic",
                                 ai && has_letter && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.cancel", self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.export", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.use", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.approve", !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "letter.delete", has_letter && !self->busy);
  gtk_widget_set_visible (self->progress, self->busy);
  gtk_text_view_set_editable (self->body_view, !self->busy);
}

static void
set_body (VocLetterWindow *self,
          const char      *text)
{
  self->loading = TRUE;
  gtk_text_buffer_set_text (self->body, text != NULL ? text : "", -1);
  self->loading = FALSE;
}

/* Versions ----------------------------------------------------------------------------------- */

static GtkWidget *
create_version_row (gpointer item,
                    gpointer user_data)
{
  VocLetterWindow *self = user_data;
  VocDocument *version = item;
  gint64 id = voc_entity_get_id (VOC_ENTITY (version));
  g_autofree char *title = g_strdup_printf (_("Version %d"),
                                            (int) voc_document_get_version (version));
  g_autofree char *when = voc_format_date (voc_entity_get_created_at (VOC_ENTITY (version)), NULL);
  g_autoptr(GString) subtitle = g_string_new (when);
  GtkWidget *row = adw_action_row_new ();
  gboolean current = self->letter != NULL && voc_entity_get_id (VOC_ENTITY (self->letter)) == id;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (current)
    g_string_append_printf (subtitle, " · %s", _("Current"));
  if (voc_job_application_get_cover_letter_id (self->application) == id)
    g_string_append_printf (subtitle, " · %s", _("Sent with the application"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);

  if (!current)
    {
      GtkWidget *restore = gtk_button_new_with_label (_("Restore"));

      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (restore, _("Make this version current again, as a new version"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (restore), "letter.restore");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (restore), "x", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), restore);
    }
  return row;
}

static void
reload_versions (VocLetterWindow *self)
{
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;

  g_list_store_remove_all (self->versions);
  if (self->letter == NULL)
    return;
  versions = voc_documents_list_versions (self->repository,
                                          voc_entity_get_id (VOC_ENTITY (self->letter)), &error);
  if (versions == NULL)
    {
      toast_error (self, _("Cannot read the letter’s versions: %s"), error);
      return;
    }
  g_list_store_splice (self->versions, 0, 0, versions->pdata, versions->len);
}

static void
show_letter (VocLetterWindow *self,
             VocDocument     *letter)
{
  g_autofree char *title = NULL;

  g_set_object (&self->letter, letter);
  if (letter != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), voc_document_get_title (letter));
  else
    {
      title = default_title (self);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), title);
    }
  set_body (self, letter != NULL ? voc_document_get_body (letter) : "");
  reload_versions (self);
  set_dirty (self, FALSE);
  update_actions (self);
}

static void
refresh_application (VocLetterWindow *self)
{
  g_autoptr(VocJobApplication) fresh =
    voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_JOB_APPLICATION,
                         application_id (self), NULL);

  if (fresh != NULL)
    g_set_object (&self->application, fresh);
}

/* Findings ----------------------------------------------------------------------------------- */

static GtkWidget *
create_finding_row (gpointer item,
                    gpointer user_data)
{
  GtkWidget *row = adw_action_row_new ();
  const char *text = gtk_string_object_get_string (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  return row;
}

static void
show_findings (VocLetterWindow *self,
               VocAiLetter     *letter)
{
  g_list_store_remove_all (self->findings);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), letter != NULL);
  if (letter == NULL)
    return;

  for (guint i = 0; i < letter->findings->len; i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (g_ptr_array_index (letter->findings, i));

      g_list_store_append (self->findings, item);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list),
                          letter->findings->len > 0 || letter->removed->len > 0);
  if (letter->findings->len > 0)
    adw_preferences_group_set_description (self->findings_group,
                                           _("These claims are not in your resume or notes. "
                                             "Check or remove them before you send the letter."));
  else
    adw_preferences_group_set_description (self->findings_group,
                                           _("Every claim was found in your resume or notes."));
  if (letter->removed->len > 0)
    {
      g_autoptr(GString) joined = g_string_new (NULL);
      g_autofree char *line = NULL;
      g_autoptr(GtkStringObject) item = NULL;

      for (guint i = 0; i < letter->removed->len; i++)
        g_string_append_printf (joined, "%s“%s”", i > 0 ? ", " : "",
                                (char *) g_ptr_array_index (letter->removed, i));
      /* TRANSLATORS: the stock phrases taken out of the model's letter, quoted */
      line = g_strdup_printf (_("Taken out as stock phrases: %s"), joined->str);
      item = gtk_string_object_new (line);
      g_list_store_append (self->findings, item);
    }
}

/* The facts -------------------------------------------------------------------------------- */

/* The resume sent with the application (the frozen version), or else the base resume. */
static JsonObject *
dup_resume (VocLetterWindow *self,
            char           **template_id,
            VocPaper        *paper)
{
  gint64 version_id = voc_job_application_get_resume_version_id (self->application);
  g_autoptr(VocResumeVersion) version = NULL;

  if (version_id > 0)
    version = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_RESUME_VERSION,
                                   version_id, NULL);
  if (version != NULL && template_id != NULL && voc_resume_version_get_rules (version) != NULL)
    voc_resume_rules_get_layout (voc_resume_version_get_rules (version), template_id, paper,
                                 NULL, NULL);
  if (version != NULL && voc_resume_version_get_sections (version) != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, voc_resume_version_get_sections (version), -1, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
    }
  return voc_json_resume_export (database (self), NULL);
}

static void
append_member_text (GString    *out,
                    JsonObject *object,
                    const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    g_string_append_printf (out, "%s\n", json_node_get_string (node));
}

/* The resume as plain text: the facts the model may use. */
static char *
resume_to_text (JsonObject *resume)
{
  static const char *sections[] = { "work", "projects", "education", "certificates", "skills",
                                    "volunteer", "awards", "languages" };
  static const char *fields[] = { "name", "position", "institution", "area", "studyType",
                                  "startDate", "endDate", "summary", "issuer", "language",
                                  "title", "description" };
  GString *out = g_string_new (NULL);
  JsonObject *basics;

  if (resume == NULL)
    return g_string_free (out, FALSE);
  basics = json_object_has_member (resume, "basics") &&
           JSON_NODE_HOLDS_OBJECT (json_object_get_member (resume, "basics"))
           ? json_object_get_object_member (resume, "basics") : NULL;
  append_member_text (out, basics, "name");
  append_member_text (out, basics, "label");
  append_member_text (out, basics, "summary");

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonNode *node = json_object_get_member (resume, sections[s]);
      JsonArray *array;

      if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          JsonObject *entry;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            continue;
          entry = json_node_get_object (item);
          g_string_append_c (out, '\n');
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            append_member_text (out, entry, fields[f]);
          for (const char **list = (const char *[]) { "highlights", "keywords", "courses", NULL };
               *list != NULL; list++)
            {
              JsonNode *values = json_object_get_member (entry, *list);

              if (values == NULL || !JSON_NODE_HOLDS_ARRAY (values))
                continue;
              for (guint v = 0; v < json_array_get_length (json_node_get_array (values)); v++)
                {
                  const char *text = json_array_get_string_element (json_node_get_array (values), v);

                  if (text != NULL)
                    g_string_append_printf (out, "- %s\n", text);
                }
            }
        }
    }
  return g_string_free (out, FALSE);
}

/* Actions ------------------------------------------------------------------------------------ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (voc_letter_window_save (self, &error))
    toast (self, _("Letter saved"));
  else if (error != NULL)
    toast_error (self, _("Cannot save the letter: %s"), error);
}

static void
on_template_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocLetterWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) bullets = NULL;
  g_autoptr(JsonObject) resume = NULL;
  g_autofree char *text = NULL;
  const char *name = NULL;

  /* The window went away meanwhile. */
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  bullets = voc_letter_template_finish (self->fit_store, result, &error);
  self->busy = FALSE;
  update_actions (self);
  if (bullets == NULL)
    /* Still a letter: without the bullets. */
    toast_error (self, _("Cannot pick your matching achievements: %s"), error);

  resume = dup_resume (self, NULL, NULL);
  if (resume != NULL && json_object_has_member (resume, "basics") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (resume, "basics")))
    name = json_object_get_string_member_with_default (json_object_get_object_member (resume,
                                                                                      "basics"),
                                                       "name", NULL);
  text = voc_letter_template_compose (name, voc_job_application_get_posting_title (self->application),
                                      voc_job_application_get_company_name (self->application),
                                      (const char * const *) bullets);
  gtk_text_buffer_set_text (self->body, text, -1);
  self->run_id = 0;
  show_findings (self, NULL);
}

static void
template_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  if (self->busy)
    return;
  self->busy = TRUE;
  gtk_label_set_label (self->progress_label, _("Writing a draft from the template…"));
  update_actions (self);
  if (self->fit_store == NULL)
    self->fit_store = voc_fit_store_new (database (self));
  voc_letter_template_async (self->fit_store, voc_job_application_get_posting_id (self->application),
                             TEMPLATE_BULLETS, self->cancellable, on_template_cb,
                             g_object_ref (self));
}

/* Writing with AI ---------------------------------------------------------------------------- */

static void
end_generation (VocLetterWindow *self)
{
  self->busy = FALSE;
  if (self->generating_handler != 0)
    g_cancellable_disconnect (self->cancellable, self->generating_handler);
  self->generating_handler = 0;
  g_clear_object (&self->generating);
  update_actions (self);
}

static void
on_chunk_cb (const char *text,
             gpointer    user_data)
{
  VocLetterWindow *self = user_data;
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->body, &end);
  gtk_text_buffer_insert (self->body, &end, text, -1);
}

static void
on_generated_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(VocLetterWindow) self = user_data;
  g_autoptr(VocAiLetter) letter = NULL;
  g_autoptr(GError) error = NULL;

  letter = voc_ai_letter_generate_finish (result, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    return;
  end_generation (self);
  if (letter == NULL)
    {
      /* What was there before comes back; declining to send is no error. */
      set_body (self, self->before_generate);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast_error (self, _("Cannot write the letter: %s"), error);
      return;
    }
  gtk_text_buffer_set_text (self->body, letter->text, -1);
  self->run_id = letter->run_id;
  show_findings (self, letter);
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocLetterWindow) self = user_data;
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonObject) resume = NULL;
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autofree char *posting = NULL;
  g_autofree char *resume_text = NULL;
  g_autofree char *notes = NULL;
  VocAiClient *client;

  client = voc_ai_assist_prepare_finish (VOC_AI_ASSIST (source), result, &redactor, &error);
  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&client);
      return;
    }
  if (client == NULL)
    {
      end_generation (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast_error (self, _("Cannot write the letter: %s"), error);
      return;
    }
  g_clear_object (&self->client);
  self->client = client;

  jobs = voc_job_repository_new (database (self));
  posting = voc_job_repository_dup_text (jobs, voc_job_application_get_posting_id (self->application),
                                         TRUE, NULL);
  resume = dup_resume (self, NULL, NULL);
  resume_text = resume_to_text (resume);
  notes = dup_notes (self);

  g_free (self->before_generate);
  self->before_generate = dup_body (self);
  set_body (self, "");
  show_findings (self, NULL);
  voc_ai_letter_generate_async (self->client, redactor, &(VocAiLetterInput) {
      .posting_text = posting != NULL ? posting : "",
      .posting_title = voc_job_application_get_posting_title (self->application),
      .company = voc_job_application_get_company_name (self->application),
      .resume_text = resume_text,
      .notes = notes,
      .application_id = application_id (self),
      .posting_id = voc_job_application_get_posting_id (self->application),
    }, on_chunk_cb, self, self->generating, on_generated_cb, g_object_ref (self));
}

static void
on_window_cancelled_cb (GCancellable *window,
                        GCancellable *generating)
{
  g_cancellable_cancel (generating);
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);

  if (self->busy || self->assist == NULL)
    return;
  if (g_strcmp0 (action_name, "letter.review-generate") == 0)
    voc_ai_assist_review_next (self->assist);

  self->busy = TRUE;
  self->generating = g_cancellable_new ();
  /* Cancelling the window cancels the call too. */
  self->generating_handler = g_cancellable_connect (self->cancellable,
                                                    G_CALLBACK (on_window_cancelled_cb),
                                                    g_object_ref (self->generating),
                                                    g_object_unref);
  gtk_label_set_label (self->progress_label, _("Writing with AI…"));
  update_actions (self);
  voc_ai_assist_prepare_async (self->assist, database (self), self->generating, on_prepared_cb,
                               g_object_ref (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);

  if (self->generating != NULL)
    g_cancellable_cancel (self->generating);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *body = dup_body (self);

  if (is_blank (body))
    {
      toast (self, _("Write the letter first"));
      return;
    }
  if (voc_model_runs_approve (database (self), VOC_AI_PURPOSE_COVER_LETTER, body, self->run_id,
                              &error) <= 0)
    toast_error (self, _("Cannot keep the letter as an example: %s"), error);
  else
    toast (self, _("Kept as an example of your style for the next letters"));
}

/* The critic reads the letter as it is on screen, logged against its current version. */
static void
critic_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  g_autoptr(VocJobRepository) jobs = NULL;
  g_autofree char *body = dup_body (self);
  g_autofree char *posting = NULL;

  if (self->letter == NULL || is_blank (body))
    {
      toast (self, _("Save the letter first"));
      return;
    }
  jobs = voc_job_repository_new (database (self));
  posting = voc_job_repository_dup_text (jobs,
                                         voc_job_application_get_posting_id (self->application),
                                         TRUE, NULL);
  voc_critic_dialog_present (GTK_WINDOW (self), database (self), "document",
                             voc_entity_get_id (VOC_ENTITY (self->letter)), body,
                             posting != NULL ? posting : "");
}

/* Linking, restoring, deleting -------------------------------------------------------------- */

static void
use_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (voc_letter_window_use_for_application (self, &error))
    toast (self, _("This version is now the letter sent with the application"));
  else if (error != NULL)
    toast_error (self, _("Cannot link the letter: %s"), error);
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  g_autoptr(VocDocument) restored = NULL;
  g_autoptr(GError) error = NULL;

  restored = voc_documents_restore_version (self->repository, g_variant_get_int64 (parameter),
                                            &error);
  if (restored == NULL)
    {
      toast_error (self, _("Cannot restore the version: %s"), error);
      return;
    }
  show_letter (self, restored);
  toast (self, _("Version restored as a new version"));
}

static void
delete_now (VocLetterWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = self->pending_delete;

  self->pending_delete = 0;
  if (id > 0 && !voc_documents_delete_letter (self->repository, id, &error))
    g_warning ("Cannot delete a cover letter: %s", error->message);
}

static void
on_undo_clicked_cb (AdwToast        *toast,
                    VocLetterWindow *self)
{
  gtk_stack_set_visible_child_name (self->stack, "editor");
  self->pending_delete = 0;
}

static void
on_undo_dismissed_cb (AdwToast        *toast,
                      VocLetterWindow *self)
{
  if (self->pending_delete == 0)
    return;
  delete_now (self);
  refresh_application (self);
  show_letter (self, NULL);
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);
  AdwToast *toast;

  if (self->letter == NULL)
    return;
  delete_now (self);  /* one at a time */
  self->pending_delete = voc_entity_get_id (VOC_ENTITY (self->letter));
  gtk_stack_set_visible_child_name (self->stack, "deleted");

  toast = adw_toast_new (_("Cover letter deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (on_undo_clicked_cb), self, 0);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (on_undo_dismissed_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* Export ------------------------------------------------------------------------------------- */

typedef struct
{
  char            *json;
  char            *body;
  GStrv            masked;
  GFile           *file;
  VocResumeFormat  format;
  char            *template_id;
  VocPaper         paper;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_free (data->json);
  g_free (data->body);
  g_strfreev (data->masked);
  g_clear_object (&data->file);
  g_free (data->template_id);
  g_free (data);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  GError *error = NULL;
  JsonObject *resume = NULL;

  if (data->json != NULL && json_parser_load_from_data (parser, data->json, -1, NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    resume = json_node_get_object (json_parser_get_root (parser));
  if (!voc_letter_export_to_file (resume, data->body, today, (const char * const *) data->masked,
                                  data->file, data->format, data->template_id, data->paper,
                                  cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_export_done_cb (GObject      *source,
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

static void
on_exported_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (object);
  g_autoptr(GError) error = NULL;

  if (voc_letter_window_export_finish (self, result, &error))
    toast (self, _("Letter exported"));
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    toast_error (self, _("Cannot export the letter: %s"), error);
}

static void
on_chooser_response_cb (VocLetterWindow      *self,
                        int                   response,
                        GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    voc_letter_window_export_async (self, file, self->cancellable, on_exported_cb, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (widget);

  if (self->chooser != NULL)
    return;
  self->chooser = voc_export_chooser_new (GTK_WINDOW (self), _("Export Cover Letter"),
                                          gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                                          FALSE);
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Closing ------------------------------------------------------------------------------------ */

static gboolean
close_later_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      VocLetterWindow  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save"))
    {
      if (!voc_letter_window_save (self, &error))
        {
          if (error != NULL)
            toast_error (self, _("Cannot save the letter: %s"), error);
          return;
        }
    }
  else if (!g_str_equal (response, "discard"))
    return;

  /* Closed once the dialog is done with its response: it belongs to this window. */
  self->force_close = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_later_cb, g_object_ref (self), g_object_unref);
}

static gboolean
voc_letter_window_close_request (GtkWindow *window)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (window);
  GtkWidget *dialog;

  if (self->dirty && !self->force_close)
    {
      dialog = adw_message_dialog_new (window, _("Save the Letter?"),
                                       _("The letter has changes that are not saved."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "discard", _("_Discard"),
                                        "save", _("_Save"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return TRUE;
    }

  /* The last moment for a delete waiting for its Undo. */
  delete_now (self);
  return GTK_WINDOW_CLASS (voc_letter_window_parent_class)->close_request (window);
}

/* Building ----------------------------------------------------------------------------------- */

static void
on_body_changed_cb (GtkTextBuffer   *buffer,
                    VocLetterWindow *self)
{
  if (!self->loading && !self->busy)
    set_dirty (self, TRUE);
}

static void
on_title_changed_cb (GtkEditable     *editable,
                     GParamSpec      *pspec,
                     VocLetterWindow *self)
{
  if (!self->loading)
    set_dirty (self, TRUE);
}

static void
on_configured_cb (VocLetterWindow *self)
{
  gboolean configured = self->assist != NULL && voc_ai_assist_get_configured (self->assist);

  gtk_widget_set_visible (self->generate_button, configured);
  update_actions (self);
}

static GtkWidget *
text_card (GtkTextBuffer **buffer,
           const char     *label,
           int             height)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, -1, height);
  gtk_widget_add_css_class (scroller, "card");
  return scroller;
}

static GtkWidget *
group (const char *title,
       const char *description)
{
  GtkWidget *widget = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (widget), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (widget), description);
  return widget;
}

static GtkWidget *
boxed_list (const char *label,
            const char *empty)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (empty != NULL)
    {
      GtkWidget *placeholder = gtk_label_new (empty);

      gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
      gtk_widget_set_margin_top (placeholder, 18);
      gtk_widget_set_margin_bottom (placeholder, 18);
      gtk_widget_set_margin_start (placeholder, 12);
      gtk_widget_set_margin_end (placeholder, 12);
      gtk_widget_add_css_class (placeholder, "dim-label");
      gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder);
    }
  return list;
}

static void
build (VocLetterWindow *self)
{
  GtkWidget *toolbar_view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *menu_button = gtk_menu_button_new ();
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) ai_menu = g_menu_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title_group = adw_preferences_group_new ();
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *letter_group = group (_("Letter"), NULL);
  GtkWidget *notes_group = group (_("Notes for the Letter"),
                                  _("What you want the letter to say: the AI uses these with "
                                    "your resume"));
  GtkWidget *versions_group = group (_("Versions"),
                                     _("Each save keeps a version; restore one to make it "
                                       "current again"));
  GtkWidget *deleted = adw_status_page_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Cover Letter"));
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 820);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "letter.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_widget_set_tooltip_text (save, _("Save as a new version (Ctrl+S)"));
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), save);

  g_menu_append (menu, _("_Export…"), "letter.export");
  g_menu_append (menu, _("_Use for Application"), "letter.use");
  g_menu_append (menu, _("_Approve as a Style Example"), "letter.approve");
  g_menu_append (menu, _("_Delete Letter"), "letter.delete");
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (menu_button, _("Letter Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Letter Menu"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu_button);
  gtk_box_append (GTK_BOX (toolbar_view), header);

  /* Title. */
  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (title_group), GTK_WIDGET (self->title_row));
  gtk_box_append (GTK_BOX (content), title_group);

  /* Drafting: the template, the AI, and the progress with its Cancel. */
  self->template_button = gtk_button_new_with_mnemonic (_("Start from _Template"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->template_button), "letter.template");
  gtk_widget_set_tooltip_text (self->template_button,
                               _("Replace the text with a plain draft from the job and your "
                                 "best matching achievements"));
  gtk_box_append (GTK_BOX (actions), self->template_button);

  self->generate_button = adw_split_button_new ();
  adw_split_button_set_label (ADW_SPLIT_BUTTON (self->generate_button), _("_Generate with AI"));
  adw_split_button_set_use_underline (ADW_SPLIT_BUTTON (self->generate_button), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->generate_button), "letter.generate");
  g_menu_append (ai_menu, _("Show What Will Be _Sent…"), "letter.review-generate");
  g_menu_append (ai_menu, _("_Review with AI…"), "letter.critic");
  adw_split_button_set_menu_model (ADW_SPLIT_BUTTON (self->generate_button), G_MENU_MODEL (ai_menu));
  gtk_widget_set_tooltip_text (self->generate_button,
                               _("Write the letter from the job, your resume and your notes"));
  gtk_box_append (GTK_BOX (actions), self->generate_button);

  self->progress = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_hexpand (self->progress, TRUE);
  gtk_widget_set_halign (self->progress, GTK_ALIGN_END);
  gtk_spinner_set_spinning (GTK_SPINNER (spinner), TRUE);
  self->progress_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->progress_label), "dim-label");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "letter.cancel");
  gtk_box_append (GTK_BOX (self->progress), spinner);
  gtk_box_append (GTK_BOX (self->progress), GTK_WIDGET (self->progress_label));
  gtk_box_append (GTK_BOX (self->progress), cancel);
  gtk_box_append (GTK_BOX (actions), self->progress);
  gtk_box_append (GTK_BOX (content), actions);

  /* The letter. */
  {
    GtkWidget *card = text_card (&self->body, _("Letter"), 360);

    self->body_view = GTK_TEXT_VIEW (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (card)));
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (letter_group), card);
  }
  gtk_box_append (GTK_BOX (content), letter_group);

  /* What the check found. */
  self->findings_group = ADW_PREFERENCES_GROUP (group (_("Check"), NULL));
  self->findings = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->findings_list = GTK_LIST_BOX (boxed_list (_("Check"), NULL));
  gtk_list_box_bind_model (self->findings_list, G_LIST_MODEL (self->findings), create_finding_row,
                           NULL, NULL);
  adw_preferences_group_add (self->findings_group, GTK_WIDGET (self->findings_list));
  gtk_widget_set_visible (GTK_WIDGET (self->findings_group), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->findings_group));

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes_group),
                             text_card (&self->notes, _("Notes for the Letter"), 80));
  gtk_box_append (GTK_BOX (content), notes_group);

  self->versions = g_list_store_new (VOC_TYPE_DOCUMENT);
  self->versions_list = GTK_LIST_BOX (boxed_list (_("Versions"),
                                                  _("Not saved yet. Save to keep the first "
                                                    "version.")));
  gtk_list_box_bind_model (self->versions_list, G_LIST_MODEL (self->versions), create_version_row,
                           self, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (versions_group),
                             GTK_WIDGET (self->versions_list));
  gtk_box_append (GTK_BOX (content), versions_group);

  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 18);
  gtk_widget_set_margin_bottom (content, 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (deleted), "user-trash-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (deleted), _("Cover Letter Deleted"));
  adw_status_page_set_description (ADW_STATUS_PAGE (deleted),
                                   _("Undo brings it back with every version."));

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_add_named (self->stack, scroller, "editor");
  gtk_stack_add_named (self->stack, deleted, "deleted");
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (toolbar_view), GTK_WIDGET (self->stack));

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, toolbar_view);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));

  g_signal_connect (self->body, "changed", G_CALLBACK (on_body_changed_cb), self);
  g_signal_connect (self->title_row, "notify::text", G_CALLBACK (on_title_changed_cb), self);
}

static void
voc_letter_window_dispose (GObject *object)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->generating != NULL)
    g_cancellable_cancel (self->generating);
  if (self->repository != NULL)
    delete_now (self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->generating);
  g_clear_object (&self->client);
  g_clear_object (&self->fit_store);
  g_clear_object (&self->letter);
  g_clear_object (&self->application);
  g_clear_object (&self->repository);
  g_clear_object (&self->assist);
  g_clear_object (&self->settings);
  g_clear_object (&self->findings);
  g_clear_object (&self->versions);

  G_OBJECT_CLASS (voc_letter_window_parent_class)->dispose (object);
}

static void
voc_letter_window_finalize (GObject *object)
{
  VocLetterWindow *self = VOC_LETTER_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_free (self->before_generate);

  G_OBJECT_CLASS (voc_letter_window_parent_class)->finalize (object);
}

static void
voc_letter_window_class_init (VocLetterWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = voc_letter_window_dispose;
  object_class->finalize = voc_letter_window_finalize;
  window_class->close_request = voc_letter_window_close_request;

  gtk_widget_class_install_action (widget_class, "letter.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "letter.template", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "letter.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "letter.review-generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "letter.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "letter.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "letter.use", NULL, use_action);
  gtk_widget_class_install_action (widget_class, "letter.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "letter.critic", NULL, critic_action);
  gtk_widget_class_install_action (widget_class, "letter.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "letter.restore", "x", restore_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "letter.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
voc_letter_window_init (VocLetterWindow *self)
{
  self->cancellable = g_cancellable_new ();
  build (self);
}

/* Public API --------------------------------------------------------------------------------- */

/**
 * voc_letter_window_new:
 * @repository: the pipeline repository
 * @application: the application whose letter to edit
 *
 * Opens the application's letter (the version linked as sent, or the newest), or an empty
 * one that is stored only when saved.
 *
 * Returns: (transfer full): a new window
 */
VocLetterWindow *
voc_letter_window_new (VocPipelineRepository *repository,
                       VocJobApplication     *application)
{
  VocLetterWindow *self;
  g_autoptr(VocDocument) letter = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);
  g_return_val_if_fail (VOC_IS_JOB_APPLICATION (application), NULL);

  self = g_object_new (VOC_TYPE_LETTER_WINDOW, NULL);
  self->repository = g_object_ref (repository);
  self->application = g_object_ref (application);
  self->settings = g_settings_new (APPLICATION_ID);
  if (voc_ai_assist_get_default () != NULL)
    {
      self->assist = g_object_ref (voc_ai_assist_get_default ());
      g_signal_connect_object (self->assist, "notify::configured", G_CALLBACK (on_configured_cb),
                               self, G_CONNECT_SWAPPED);
    }
  on_configured_cb (self);

  if (voc_job_application_get_notes (application) != NULL)
    gtk_text_buffer_set_text (self->notes, voc_job_application_get_notes (application), -1);

  letter = voc_documents_find_letter (repository, voc_entity_get_id (VOC_ENTITY (application)),
                                      &error);
  if (error != NULL)
    g_warning ("Cannot read the application’s cover letter: %s", error->message);
  self->loading = TRUE;
  show_letter (self, letter);
  self->loading = FALSE;
  set_dirty (self, FALSE);

  return self;
}

/**
 * voc_letter_window_get_letter:
 *
 * Returns: (transfer none) (nullable): the letter's current saved version
 */
VocDocument *
voc_letter_window_get_letter (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return self->letter;
}

GtkEditable *
voc_letter_window_get_title_row (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return GTK_EDITABLE (self->title_row);
}

GtkTextBuffer *
voc_letter_window_get_body (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return self->body;
}

GtkTextBuffer *
voc_letter_window_get_notes (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return self->notes;
}

/**
 * voc_letter_window_get_versions:
 *
 * Returns: (transfer none): the saved versions, newest first
 */
GListModel *
voc_letter_window_get_versions (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return G_LIST_MODEL (self->versions);
}

/**
 * voc_letter_window_get_findings:
 *
 * Returns: (transfer none): what the check found in the last AI letter (GtkStringObject)
 */
GListModel *
voc_letter_window_get_findings (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return G_LIST_MODEL (self->findings);
}

/**
 * voc_letter_window_get_generate_button:
 *
 * Returns: (transfer none): the "Generate with AI" button, shown when AI is set up
 */
GtkWidget *
voc_letter_window_get_generate_button (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), NULL);

  return self->generate_button;
}

gboolean
voc_letter_window_get_dirty (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), FALSE);

  return self->dirty;
}

gboolean
voc_letter_window_get_busy (VocLetterWindow *self)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), FALSE);

  return self->busy;
}

/**
 * voc_letter_window_save:
 *
 * Saves the title and text: the first version of a new letter, or a new version on top of
 * the current one. Saving what is already saved writes nothing.
 *
 * Returns: %TRUE when the letter is saved (or nothing had changed)
 */
gboolean
voc_letter_window_save (VocLetterWindow  *self,
                        GError          **error)
{
  g_autoptr(VocDocument) saved = NULL;
  g_autofree char *body = NULL;
  const char *title;

  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), FALSE);

  if (self->busy)
    return FALSE;
  if (!self->dirty && self->letter != NULL)
    return TRUE;

  body = dup_body (self);
  title = gtk_editable_get_text (GTK_EDITABLE (self->title_row));
  if (self->letter == NULL && is_blank (body))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The letter is empty: write it, or start from the template"));
      return FALSE;
    }
  if (self->letter == NULL)
    saved = voc_documents_create_letter (self->repository, application_id (self), 0, title, body,
                                         error);
  else
    saved = voc_documents_save_version (self->repository,
                                        voc_entity_get_id (VOC_ENTITY (self->letter)), title,
                                        body, error);
  if (saved == NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->title_row), "error");
      return FALSE;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->title_row), "error");
  g_set_object (&self->letter, saved);
  reload_versions (self);
  set_dirty (self, FALSE);
  update_actions (self);
  return TRUE;
}

/**
 * voc_letter_window_use_for_application:
 *
 * Saves unsaved edits, then records the current version as the letter sent with the
 * application.
 *
 * Returns: %TRUE on success
 */
gboolean
voc_letter_window_use_for_application (VocLetterWindow  *self,
                                       GError          **error)
{
  g_return_val_if_fail (VOC_IS_LETTER_WINDOW (self), FALSE);

  if (!voc_letter_window_save (self, error))
    return FALSE;
  if (!voc_documents_link_to_application (self->repository,
                                          voc_entity_get_id (VOC_ENTITY (self->letter)),
                                          application_id (self), error))
    return FALSE;
  refresh_application (self);
  reload_versions (self);
  return TRUE;
}

/**
 * voc_letter_window_export_async:
 * @file: where to write; the format follows its extension (.pdf, .docx, .md)
 *
 * Writes the letter as it stands in the editor on the resume's letterhead, in a worker
 * thread, replacing @file atomically. Confidential clients are masked when the user chose
 * that in the preferences.
 */
void
voc_letter_window_export_async (VocLetterWindow     *self,
                                GFile               *file,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  g_autoptr(JsonObject) resume = NULL;
  g_autofree char *basename = NULL;
  GtkPaperSize *paper;
  ExportData *data;

  g_return_if_fail (VOC_IS_LETTER_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_letter_window_export_async);

  data = g_new0 (ExportData, 1);
  basename = g_file_get_basename (file);
  if (!voc_resume_format_from_filename (basename, &data->format) ||
      data->format == VOC_RESUME_FORMAT_JSON || data->format == VOC_RESUME_FORMAT_TEXT)
    {
      export_data_free (data);
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                               _("“%s” does not end in .pdf, .docx or .md"), basename);
      return;
    }

  /* The paper of the user's locale (LC_PAPER), unless the resume sent says otherwise. */
  paper = gtk_paper_size_new (NULL);
  data->paper = g_str_equal (gtk_paper_size_get_name (paper), GTK_PAPER_NAME_LETTER)
                  ? VOC_PAPER_LETTER : VOC_PAPER_A4;
  gtk_paper_size_free (paper);
  resume = dup_resume (self, &data->template_id, &data->paper);
  if (resume != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), resume);

      /* The worker gets a copy of its own: JSON objects are not for sharing between threads. */
      data->json = json_to_string (node, FALSE);
    }
  data->body = dup_body (self);
  data->file = g_object_ref (file);
  if (g_settings_get_boolean (self->settings, "ai-mask-confidential-exports"))
    {
      g_autoptr(VocPrivacyFacts) facts = voc_model_runs_load_privacy (database (self), NULL);

      if (facts != NULL)
        data->masked = g_strdupv (facts->confidential_clients);
    }

  worker = g_task_new (NULL, cancellable, on_export_done_cb, g_steal_pointer (&task));
  g_task_set_task_data (worker, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (worker, export_thread);
}

gboolean
voc_letter_window_export_finish (VocLetterWindow  *self,
                                 GAsyncResult     *result,
                                 GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
