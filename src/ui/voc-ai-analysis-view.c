/* voc-ai-analysis-view.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai-analysis-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "voc-ai-analysis-view.h"
#include "voc-ai-job-analysis.h"
#include "voc-model-runs.h"
#include "voc-wrap-box.h"

/*
 * The AI analysis of a posting in the job detail, under the skills the local parser found:
 * the employer's core priorities in order, the must-have and nice-to-have capabilities as
 * chips (those the local analysis did not find are outlined), the clusters of skills, and the
 * tone.
 *
 * The section exists only when the application has an assist; without a provider it is a
 * hint that leads to the preferences. A cached analysis of the same text by the same model
 * is shown as soon as the posting opens: the look-up is one indexed SELECT on the main
 * thread (well under a millisecond), so it needs no worker. Analyze prepares the client
 * (keyring look-up, asynchronous) and sends the posting; the first request of its kind, or
 * the one after "Show What Will Be Sent…", is shown to the user first (VocAiAssist). Cancel,
 * another posting or closing the page cancels the request; a cancelled or declined request
 * leaves the section as it was, without an error.
 *
 * What the model answers is valid against the schema (the client checks it). Before it is
 * shown, the skills of each cluster are checked against the posting: a skill the posting
 * does not name is left out, and the section says how many were.
 */

struct _VocAiAnalysisView
{
  AdwBin              parent_instance;

  GtkWidget          *group;
  GtkWidget          *analyze_button;
  GtkWidget          *more_button;
  GtkWidget          *hint_row;
  GtkWidget          *status_list;
  AdwActionRow       *status_row;
  GtkStack           *status_icon_stack;
  GtkSpinner         *spinner;
  GtkImage           *status_icon;
  GtkWidget          *cancel_button;
  GtkWidget          *results;

  VocAiAssist        *assist;
  GSettings          *settings;
  VocDatabase        *database;
  gint64              posting_id;
  char               *text;
  GHashTable         *local_skills;   /* casefolded name → original */

  VocAiAnalysisState  state;
  JsonNode           *analysis;       /* as shown: cluster skills checked */
  char               *model;
  gboolean            from_cache;
  guint               n_unnamed;
  char               *error;
  GPtrArray          *not_local;      /* capabilities the local analysis did not find */
  GCancellable       *cancellable;    /* of the request under way */
};

G_DEFINE_FINAL_TYPE (VocAiAnalysisView, voc_ai_analysis_view, ADW_TYPE_BIN)

typedef struct
{
  VocAiAnalysisView *self;
  GCancellable      *cancellable;
  char              *model;
} Run;

static void
run_free (Run *run)
{
  g_clear_object (&run->self);
  g_clear_object (&run->cancellable);
  g_free (run->model);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Run, run_free)

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return FALSE;
  return TRUE;
}

static gboolean
contains_word (const char *haystack,
               const char *needle)
{
  gsize len = strlen (needle);

  if (len == 0)
    return FALSE;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    {
      const char *end = p + len;
      gboolean starts = p == haystack ||
                        !g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (p)));
      gboolean ends = *end == '\0' || !g_unichar_isalnum (g_utf8_get_char (end));

      if (starts && ends)
        return TRUE;
    }
  return FALSE;
}

/**
 * voc_ai_capability_matches_skill:
 * @capability: a capability as the model wrote it ("Python services at scale")
 * @skill: a skill the local analysis found ("Python")
 *
 * Returns: whether one names the other as a whole word, ignoring case
 */
gboolean
voc_ai_capability_matches_skill (const char *capability,
                                 const char *skill)
{
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  if (capability == NULL || skill == NULL)
    return FALSE;

  a = g_utf8_casefold (capability, -1);
  b = g_utf8_casefold (skill, -1);
  g_strstrip (a);
  g_strstrip (b);
  return contains_word (a, b) || contains_word (b, a);
}

static gboolean
found_locally (VocAiAnalysisView *self,
               const char        *capability)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->local_skills);
  while (g_hash_table_iter_next (&iter, NULL, &key))
    if (voc_ai_capability_matches_skill (capability, key))
      return TRUE;
  return FALSE;
}

static const char *
tone_label (const char *tone)
{
  static const struct { const char *tone; const char *label; } tones[] = {
    { "formal", N_("Formal") },
    { "neutral", N_("Neutral") },
    { "casual", N_("Casual") },
    { "technical", N_("Technical") },
    { "enthusiastic", N_("Enthusiastic") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tones); i++)
    if (g_strcmp0 (tones[i].tone, tone) == 0)
      return _(tones[i].label);
  return tone;
}

/* Keeps in each cluster only the skills the posting names; returns how many went. */
static guint
check_cluster_skills (JsonNode   *analysis,
                      const char *text)
{
  g_autofree char *folded_text = g_utf8_casefold (text != NULL ? text : "", -1);
  JsonObject *object = json_node_get_object (analysis);
  JsonArray *clusters;
  guint removed = 0;

  if (!json_object_has_member (object, "clusters"))
    return 0;

  clusters = json_object_get_array_member (object, "clusters");
  for (guint i = 0; clusters != NULL && i < json_array_get_length (clusters); i++)
    {
      JsonObject *cluster = json_array_get_object_element (clusters, i);
      JsonArray *skills;
      g_autoptr(JsonArray) kept = json_array_new ();

      if (cluster == NULL || !json_object_has_member (cluster, "skills"))
        continue;
      skills = json_object_get_array_member (cluster, "skills");
      for (guint j = 0; skills != NULL && j < json_array_get_length (skills); j++)
        {
          const char *skill = json_array_get_string_element (skills, j);
          g_autofree char *folded = skill != NULL ? g_utf8_casefold (skill, -1) : NULL;

          if (folded != NULL && contains_word (folded_text, g_strstrip (folded)))
            json_array_add_string_element (kept, skill);
          else
            removed++;
        }
      json_object_set_array_member (cluster, "skills", g_steal_pointer (&kept));
    }
  return removed;
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
wrapped_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

static GtkWidget *
create_capability_chip (gpointer item,
                        gpointer user_data)
{
  VocAiAnalysisView *self = user_data;
  const char *name = gtk_string_object_get_string (item);
  GtkWidget *chip = gtk_label_new (name);
  const char *description;

  gtk_label_set_ellipsize (GTK_LABEL (chip), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (chip), 40);
  gtk_widget_set_halign (chip, GTK_ALIGN_START);
  gtk_widget_add_css_class (chip, "skill-chip");
  if (found_locally (self, name))
    description = _("Also found by the local analysis");
  else
    {
      gtk_widget_add_css_class (chip, "ai-only");
      description = _("Not among the skills the local analysis found");
    }
  gtk_widget_set_tooltip_text (chip, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
  return chip;
}

static void
add_chips (VocAiAnalysisView *self,
           GtkBox            *box,
           const char        *title,
           JsonArray         *items)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *part = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *chips;

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      const char *name = json_array_get_string_element (items, i);

      if (name == NULL || *name == '\0')
        continue;
      gtk_string_list_append (names, name);
      if (!found_locally (self, name))
        g_ptr_array_add (self->not_local, g_strdup (name));
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (names)) == 0)
    return;

  chips = g_object_new (VOC_TYPE_WRAP_BOX, "spacing", 8, "line-spacing", 8, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chips), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  voc_wrap_box_bind_model (VOC_WRAP_BOX (chips), G_LIST_MODEL (names), create_capability_chip,
                           self);
  gtk_box_append (GTK_BOX (part), heading_new (title));
  gtk_box_append (GTK_BOX (part), chips);
  gtk_box_append (box, part);
}

static void
clear_results (VocAiAnalysisView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->results)) != NULL)
    gtk_box_remove (GTK_BOX (self->results), child);
  g_ptr_array_set_size (self->not_local, 0);
}

static void
build_results (VocAiAnalysisView *self)
{
  JsonObject *object = json_node_get_object (self->analysis);
  JsonArray *priorities = json_object_get_array_member (object, "core_priorities");
  JsonArray *clusters = json_object_get_array_member (object, "clusters");
  GtkBox *box = GTK_BOX (self->results);
  g_autoptr(GString) footer = g_string_new (NULL);
  GtkWidget *label;

  clear_results (self);

  if (priorities != NULL && json_array_get_length (priorities) > 0)
    {
      GtkWidget *part = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_box_append (GTK_BOX (part), heading_new (_("Core Priorities")));
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Core priorities, most important first"), -1);
      for (guint i = 0; i < json_array_get_length (priorities); i++)
        {
          /* TRANSLATORS: an item of a numbered list: its number, then its text */
          g_autofree char *item = g_strdup_printf (_("%u. %s"), i + 1,
                                                   json_array_get_string_element (priorities,
                                                                                  i));

          gtk_box_append (GTK_BOX (list), wrapped_label_new (item));
        }
      gtk_box_append (GTK_BOX (part), list);
      gtk_box_append (box, part);
    }

  add_chips (self, box, _("Must-Have Capabilities"),
             json_object_get_array_member (object, "must_have"));
  add_chips (self, box, _("Nice-to-Have Capabilities"),
             json_object_get_array_member (object, "nice_to_have"));

  if (clusters != NULL && json_array_get_length (clusters) > 0)
    {
      GtkWidget *part = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);

      gtk_box_append (GTK_BOX (part), heading_new (_("Capability Clusters")));
      for (guint i = 0; i < json_array_get_length (clusters); i++)
        {
          JsonObject *cluster = json_array_get_object_element (clusters, i);
          JsonArray *skills = json_object_get_array_member (cluster, "skills");
          GtkWidget *entry = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) names = NULL;
          g_autofree char *joined = NULL;

          for (guint j = 0; skills != NULL && j < json_array_get_length (skills); j++)
            g_strv_builder_add (builder, json_array_get_string_element (skills, j));
          names = g_strv_builder_end (builder);
          joined = g_strjoinv (", ", names);

          label = wrapped_label_new (json_object_get_string_member_with_default (cluster, "name",
                                                                                ""));
          gtk_widget_add_css_class (label, "ai-cluster-name");
          gtk_box_append (GTK_BOX (entry), label);
          label = wrapped_label_new (*joined != '\0' ? joined
                                                     : _("No skill the posting names"));
          gtk_widget_add_css_class (label, "dim-label");
          gtk_box_append (GTK_BOX (entry), label);
          gtk_box_append (GTK_BOX (part), entry);
        }
      gtk_box_append (box, part);
    }

  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    gtk_box_append (GTK_BOX (line), heading_new (_("Tone")));
    label = wrapped_label_new (tone_label (json_object_get_string_member_with_default (object,
                                                                                      "tone",
                                                                                      "")));
    gtk_box_append (GTK_BOX (line), label);
    gtk_box_append (box, line);
  }

  if (self->not_local->len > 0)
    g_string_append (footer, _("Outlined capabilities are not among the skills the local "
                               "analysis found."));
  if (self->n_unnamed > 0)
    {
      if (footer->len > 0)
        g_string_append_c (footer, ' ');
      g_string_append_printf (footer,
                              /* TRANSLATORS: %u skills that the AI listed were left out */
                              ngettext ("%u skill the posting does not name was left out.",
                                        "%u skills the posting does not name were left out.",
                                        self->n_unnamed), self->n_unnamed);
    }
  if (footer->len > 0)
    g_string_append_c (footer, '\n');
  if (self->model != NULL)
    /* TRANSLATORS: %s is a model name */
    g_string_append_printf (footer, _("Analysed by %s"), self->model);
  if (self->from_cache)
    {
      if (self->model != NULL)
        g_string_append (footer, " · ");
      g_string_append (footer, _("from cache"));
    }
  label = wrapped_label_new (footer->str);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (box, label);
}

static void
set_status (VocAiAnalysisView *self,
            const char        *icon,
            const char        *title,
            const char        *subtitle)
{
  gboolean running = self->state == VOC_AI_ANALYSIS_RUNNING;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle != NULL ? subtitle : "");
  gtk_stack_set_visible_child (self->status_icon_stack,
                               running ? GTK_WIDGET (self->spinner)
                                       : GTK_WIDGET (self->status_icon));
  gtk_spinner_set_spinning (self->spinner, running);
  if (icon != NULL)
    gtk_image_set_from_icon_name (self->status_icon, icon);
  gtk_widget_set_visible (self->cancel_button, running);
  if (self->state == VOC_AI_ANALYSIS_FAILED)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_row), "error");
}

static void
update (VocAiAnalysisView *self)
{
  VocAiAnalysisState state = self->state;
  gboolean can_send = state == VOC_AI_ANALYSIS_IDLE || state == VOC_AI_ANALYSIS_FAILED;

  gtk_widget_set_visible (GTK_WIDGET (self), state != VOC_AI_ANALYSIS_UNAVAILABLE);
  gtk_widget_set_visible (self->hint_row, state == VOC_AI_ANALYSIS_NOT_CONFIGURED);
  gtk_widget_set_visible (self->status_list, state != VOC_AI_ANALYSIS_DONE &&
                                             state != VOC_AI_ANALYSIS_UNAVAILABLE);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row),
                          state != VOC_AI_ANALYSIS_NOT_CONFIGURED);
  gtk_widget_set_visible (self->results, state == VOC_AI_ANALYSIS_DONE);
  gtk_widget_set_visible (self->analyze_button, can_send || state == VOC_AI_ANALYSIS_RUNNING);
  gtk_widget_set_visible (self->more_button, can_send || state == VOC_AI_ANALYSIS_RUNNING);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ai-analysis.analyze", can_send);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ai-analysis.review", can_send);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ai-analysis.cancel",
                                 state == VOC_AI_ANALYSIS_RUNNING);
  gtk_button_set_label (GTK_BUTTON (self->analyze_button),
                        state == VOC_AI_ANALYSIS_FAILED ? _("Try _Again") : _("_Analyze"));

  switch (state)
    {
    case VOC_AI_ANALYSIS_NO_TEXT:
      set_status (self, "dialog-information-symbolic", _("This job has no text to analyse"),
                  _("Edit the job to add its description."));
      break;
    case VOC_AI_ANALYSIS_IDLE:
      set_status (self, "dialog-information-symbolic", _("Not analysed yet"),
                  _("Analyze sends the posting to your AI provider, with other people’s names "
                    "and contact details replaced by placeholders."));
      break;
    case VOC_AI_ANALYSIS_RUNNING:
      set_status (self, NULL, _("Analysing the posting…"),
                  _("This can take a minute with a model on this computer."));
      break;
    case VOC_AI_ANALYSIS_FAILED:
      set_status (self, "dialog-error-symbolic", _("The analysis failed"), self->error);
      break;
    case VOC_AI_ANALYSIS_UNAVAILABLE:
    case VOC_AI_ANALYSIS_NOT_CONFIGURED:
    case VOC_AI_ANALYSIS_DONE:
    default:
      gtk_spinner_set_spinning (self->spinner, FALSE);
      gtk_widget_set_visible (self->cancel_button, FALSE);
      break;
    }
}

static void
set_state (VocAiAnalysisView  *self,
           VocAiAnalysisState  state)
{
  self->state = state;
  update (self);
}

static void
show_analysis (VocAiAnalysisView *self,
               JsonNode          *analysis,
               const char        *model,
               gboolean           from_cache)
{
  g_clear_pointer (&self->analysis, json_node_unref);
  self->analysis = json_node_copy (analysis);
  self->n_unnamed = check_cluster_skills (self->analysis, self->text);
  g_free (self->model);
  self->model = g_strdup (model);
  self->from_cache = from_cache;
  g_clear_pointer (&self->error, g_free);
  build_results (self);
  set_state (self, VOC_AI_ANALYSIS_DONE);
}

static char *
dup_model (VocAiAnalysisView *self)
{
  g_autofree char *model = NULL;

  if (self->settings == NULL)
    return NULL;
  model = g_settings_get_string (self->settings, "ai-model");
  g_strstrip (model);
  return *model != '\0' ? g_steal_pointer (&model) : NULL;
}

/* What the section shows for the posting when nothing is under way: a cached analysis of
 * the same text by the current model, else an offer to analyse. */
static void
refresh (VocAiAnalysisView *self)
{
  g_autofree char *model = NULL;
  g_autofree char *cached = NULL;
  g_autofree char *sha256 = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->analysis, json_node_unref);
  g_clear_pointer (&self->error, g_free);
  self->from_cache = FALSE;
  clear_results (self);

  if (self->assist == NULL)
    {
      set_state (self, VOC_AI_ANALYSIS_UNAVAILABLE);
      return;
    }
  if (!voc_ai_assist_get_configured (self->assist))
    {
      set_state (self, VOC_AI_ANALYSIS_NOT_CONFIGURED);
      return;
    }
  if (is_blank (self->text))
    {
      set_state (self, VOC_AI_ANALYSIS_NO_TEXT);
      return;
    }

  model = dup_model (self);
  if (self->database != NULL && model != NULL)
    {
      sha256 = g_compute_checksum_for_string (G_CHECKSUM_SHA256, self->text, -1);
      cached = voc_model_runs_lookup_analysis (self->database, sha256, model, &error);
      if (error != NULL)
        g_warning ("Cannot read the cached job analysis: %s", error->message);
    }
  if (cached != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (json_parser_load_from_data (parser, cached, -1, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          show_analysis (self, json_parser_get_root (parser), model, TRUE);
          return;
        }
    }
  set_state (self, VOC_AI_ANALYSIS_IDLE);
}

static gboolean
run_is_current (Run *run)
{
  return run->self->cancellable == run->cancellable &&
         !g_cancellable_is_cancelled (run->cancellable);
}

static void
run_failed (Run    *run,
            GError *error)
{
  VocAiAnalysisView *self = run->self;

  if (!run_is_current (run))
    return;
  g_clear_object (&self->cancellable);

  /* Declined in the review, or cancelled: nothing to report. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_state (self, VOC_AI_ANALYSIS_IDLE);
      return;
    }
  g_free (self->error);
  self->error = g_strdup (error->message);
  set_state (self, VOC_AI_ANALYSIS_FAILED);
}

static void
on_analysis_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) analysis = NULL;
  gboolean from_cache = FALSE;

  analysis = voc_ai_job_analysis_finish (result, &from_cache, &error);
  if (analysis == NULL)
    {
      run_failed (run, error);
      return;
    }
  if (!run_is_current (run))
    return;
  g_clear_object (&run->self->cancellable);
  show_analysis (run->self, analysis, run->model, from_cache);
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Run) run = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(VocAiClient) client = NULL;
  VocAiAnalysisView *self = run->self;
  GCancellable *cancellable;

  client = voc_ai_assist_prepare_finish (VOC_AI_ASSIST (source), result, &redactor, &error);
  if (client == NULL)
    {
      run_failed (run, error);
      return;
    }
  if (!run_is_current (run))
    return;

  run->model = g_strdup (voc_ai_client_get_model (client));
  cancellable = run->cancellable;  /* the run is handed over below */
  voc_ai_job_analysis_async (client, redactor, self->text, self->posting_id, cancellable,
                             on_analysis_cb, g_steal_pointer (&run));
}

static void
analyze (VocAiAnalysisView *self,
         gboolean           review)
{
  Run *run;

  if (self->assist == NULL || self->database == NULL ||
      (self->state != VOC_AI_ANALYSIS_IDLE && self->state != VOC_AI_ANALYSIS_FAILED))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_pointer (&self->error, g_free);
  set_state (self, VOC_AI_ANALYSIS_RUNNING);

  if (review)
    voc_ai_assist_review_next (self->assist);

  run = g_new0 (Run, 1);
  run->self = g_object_ref (self);
  run->cancellable = g_object_ref (self->cancellable);
  voc_ai_assist_prepare_async (self->assist, self->database, self->cancellable, on_prepared_cb,
                               run);
}

static void
analyze_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  analyze (VOC_AI_ANALYSIS_VIEW (widget), FALSE);
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  analyze (VOC_AI_ANALYSIS_VIEW (widget), TRUE);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocAiAnalysisView *self = VOC_AI_ANALYSIS_VIEW (widget);

  if (self->state != VOC_AI_ANALYSIS_RUNNING)
    return;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_state (self, VOC_AI_ANALYSIS_IDLE);
}

static void
on_configured_cb (VocAiAnalysisView *self)
{
  refresh (self);
}

static void
build (VocAiAnalysisView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button;
  GtkWidget *list;

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("AI Analysis"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("What the employer cares about most, as your AI "
                                           "provider reads the posting, beside the skills "
                                           "found on this computer."));
  adw_bin_set_child (ADW_BIN (self), self->group);

  self->analyze_button = gtk_button_new_with_mnemonic (_("_Analyze"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->analyze_button),
                                  "ai-analysis.analyze");
  gtk_widget_set_tooltip_text (self->analyze_button,
                               _("Ask the AI provider for core priorities, capabilities and "
                                 "tone"));
  gtk_widget_set_valign (self->analyze_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (suffix), self->analyze_button);

  g_menu_append (menu, _("_Show What Will Be Sent…"), "ai-analysis.review");
  self->more_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->more_button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->more_button), G_MENU_MODEL (menu));
  gtk_widget_set_tooltip_text (self->more_button, _("More Analysis Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More Analysis Options"),
                                  -1);
  gtk_widget_set_valign (self->more_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (suffix), self->more_button);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), suffix);

  /* The hint and the status: rows of one boxed list. */
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->status_list = list;

  self->hint_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->hint_row),
                                 _("Set up an AI provider in Preferences to add an AI "
                                   "analysis"));
  button = gtk_button_new_with_mnemonic (_("_Preferences"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.preferences");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->hint_row), button);
  gtk_list_box_append (GTK_LIST_BOX (list), self->hint_row);

  self->status_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_action_row_set_subtitle_lines (self->status_row, 0);
  self->status_icon_stack = GTK_STACK (gtk_stack_new ());
  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  self->status_icon = GTK_IMAGE (gtk_image_new_from_icon_name ("dialog-information-symbolic"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Analysing"), -1);
  gtk_stack_add_child (self->status_icon_stack, GTK_WIDGET (self->spinner));
  gtk_stack_add_child (self->status_icon_stack, GTK_WIDGET (self->status_icon));
  adw_action_row_add_prefix (self->status_row, GTK_WIDGET (self->status_icon_stack));
  self->cancel_button = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->cancel_button), "ai-analysis.cancel");
  gtk_widget_set_valign (self->cancel_button, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (self->status_row, self->cancel_button);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->status_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), list);

  self->results = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (self->results, "card");
  gtk_widget_add_css_class (self->results, "fit-card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->results);
}

static void
voc_ai_analysis_view_dispose (GObject *object)
{
  VocAiAnalysisView *self = VOC_AI_ANALYSIS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->assist != NULL)
    g_signal_handlers_disconnect_by_func (self->assist, on_configured_cb, self);
  g_clear_object (&self->assist);
  g_clear_object (&self->settings);
  g_clear_object (&self->database);
  if (self->results != NULL)
    clear_results (self);

  G_OBJECT_CLASS (voc_ai_analysis_view_parent_class)->dispose (object);
}

static void
voc_ai_analysis_view_finalize (GObject *object)
{
  VocAiAnalysisView *self = VOC_AI_ANALYSIS_VIEW (object);

  g_clear_pointer (&self->analysis, json_node_unref);
  g_clear_pointer (&self->local_skills, g_hash_table_unref);
  g_clear_pointer (&self->not_local, g_ptr_array_unref);
  g_free (self->text);
  g_free (self->model);
  g_free (self->error);

  G_OBJECT_CLASS (voc_ai_analysis_view_parent_class)->finalize (object);
}

static void
voc_ai_analysis_view_class_init (VocAiAnalysisViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_ai_analysis_view_dispose;
  object_class->finalize = voc_ai_analysis_view_finalize;

  gtk_widget_class_install_action (widget_class, "ai-analysis.analyze", NULL, analyze_action);
  gtk_widget_class_install_action (widget_class, "ai-analysis.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "ai-analysis.cancel", NULL, cancel_action);
}

static void
voc_ai_analysis_view_init (VocAiAnalysisView *self)
{
  self->local_skills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->not_local = g_ptr_array_new_with_free_func (g_free);
  build (self);
  voc_ai_analysis_view_set_assist (self, voc_ai_assist_get_default ());
}

GtkWidget *
voc_ai_analysis_view_new (void)
{
  return g_object_new (VOC_TYPE_AI_ANALYSIS_VIEW, NULL);
}

/**
 * voc_ai_analysis_view_set_assist:
 * @assist: (nullable): the application's assist; %NULL hides the section
 *
 * Views take voc_ai_assist_get_default() when they are made; this replaces it.
 */
void
voc_ai_analysis_view_set_assist (VocAiAnalysisView *self,
                                 VocAiAssist       *assist)
{
  g_return_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self));
  g_return_if_fail (assist == NULL || VOC_IS_AI_ASSIST (assist));

  if (self->assist != NULL)
    g_signal_handlers_disconnect_by_func (self->assist, on_configured_cb, self);
  g_set_object (&self->assist, assist);
  if (assist != NULL)
    {
      g_signal_connect_object (assist, "notify::configured", G_CALLBACK (on_configured_cb),
                               self, G_CONNECT_SWAPPED);
      if (self->settings == NULL)
        self->settings = g_settings_new (APPLICATION_ID);
    }
  refresh (self);
}

/**
 * voc_ai_analysis_view_set_database:
 * @database: (nullable): where the cache is and the calls are recorded
 */
void
voc_ai_analysis_view_set_database (VocAiAnalysisView *self,
                                   VocDatabase       *database)
{
  g_return_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self));
  g_return_if_fail (database == NULL || VOC_IS_DATABASE (database));

  if (g_set_object (&self->database, database))
    refresh (self);
}

/**
 * voc_ai_analysis_view_set_posting:
 * @posting_id: the posting's id, or 0
 * @text: (nullable): the posting's text, as it is analysed
 *
 * Shows the analysis of another posting, cancelling a request for the last one.
 */
void
voc_ai_analysis_view_set_posting (VocAiAnalysisView *self,
                                  gint64             posting_id,
                                  const char        *text)
{
  g_return_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self));

  self->posting_id = posting_id;
  g_free (self->text);
  self->text = g_strdup (text);
  refresh (self);
}

/**
 * voc_ai_analysis_view_set_local_skills:
 * @names: (nullable) (array zero-terminated=1): the skills the local analysis found
 *
 * Capabilities that name none of these, and that none of these name, are marked.
 */
void
voc_ai_analysis_view_set_local_skills (VocAiAnalysisView  *self,
                                       const char * const *names)
{
  g_return_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self));

  g_hash_table_remove_all (self->local_skills);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    g_hash_table_replace (self->local_skills, g_utf8_casefold (names[i], -1),
                          g_strdup (names[i]));
  if (self->state == VOC_AI_ANALYSIS_DONE)
    build_results (self);
}

VocAiAnalysisState
voc_ai_analysis_view_get_state (VocAiAnalysisView *self)
{
  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), VOC_AI_ANALYSIS_UNAVAILABLE);

  return self->state;
}

gboolean
voc_ai_analysis_view_get_from_cache (VocAiAnalysisView *self)
{
  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), FALSE);

  return self->from_cache;
}

/**
 * voc_ai_analysis_view_get_error:
 *
 * Returns: (nullable): the message of the failed request shown
 */
const char *
voc_ai_analysis_view_get_error (VocAiAnalysisView *self)
{
  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), NULL);

  return self->error;
}

/**
 * voc_ai_analysis_view_get_analysis:
 *
 * Returns: (transfer none) (nullable): the analysis shown, cluster skills checked
 */
JsonNode *
voc_ai_analysis_view_get_analysis (VocAiAnalysisView *self)
{
  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), NULL);

  return self->analysis;
}

/**
 * voc_ai_analysis_view_dup_not_local:
 *
 * Returns: (transfer full): the capabilities shown that the local analysis did not find
 */
GStrv
voc_ai_analysis_view_dup_not_local (VocAiAnalysisView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), NULL);

  for (guint i = 0; i < self->not_local->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->not_local, i));
  return g_strv_builder_end (builder);
}

/**
 * voc_ai_analysis_view_get_n_unnamed:
 *
 * Returns: how many cluster skills were left out because the posting does not name them
 */
guint
voc_ai_analysis_view_get_n_unnamed (VocAiAnalysisView *self)
{
  g_return_val_if_fail (VOC_IS_AI_ANALYSIS_VIEW (self), 0);

  return self->n_unnamed;
}
