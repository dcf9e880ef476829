/* voc-fit-view.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-fit-view"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-fit-view.h"
#include "voc-repositories.h"
#include "voc-tailor-window.h"
#include "voc-wrap-box.h"

/*
 * The fit of one posting in the job detail: the score with its rationale, a bar per factor
 * with its weight (a factor without the information it needs says what is missing instead),
 * the matched skills as chips whose popovers show the bullets that prove them, the missing
 * skills split into must-have and nice-to-have, and what would raise the match: the skills
 * of the posting the library has but the resume compared with (the base resume or a variant
 * chosen in the drop-down) leaves out.
 *
 * The store explains the posting in a worker thread. When the library or a posting changes
 * (#VocDatabase::rows-changed) the explanation is asked for again after a short pause, and
 * the widgets, made once, take the new values in place when it arrives: the old values stay
 * until then, so nothing flickers.
 */

#define REFRESH_DELAY_MS 300

struct _VocFitView
{
  AdwBin            parent_instance;

  GtkWidget        *group;
  GtkWidget        *content;
  GtkLabel         *score_label;
  GtkLabel         *rationale_label;
  GtkLabel         *factor_texts[VOC_FIT_N_FACTORS];
  GtkWidget        *factor_bars[VOC_FIT_N_FACTORS];
  GtkWidget        *matched_heading;
  VocWrapBox       *matched_box;
  GtkStringList    *matched_names;
  GtkWidget        *required_heading;
  VocWrapBox       *required_box;
  GtkStringList    *required_names;
  GtkWidget        *nice_heading;
  VocWrapBox       *nice_box;
  GtkStringList    *nice_names;
  GtkWidget        *raisers_heading;
  GtkLabel         *raisers_label;
  GtkDropDown      *variant_dropdown;
  GtkStringList    *variant_names;
  GArray           *variant_ids;   /* gint64, parallel to variant_names; 0 the base */
  gint64            variant_id;
  gboolean          loading_variants;
  GtkWidget        *status_box;
  GtkLabel         *status_label;
  GtkWidget        *status_button;

  VocDatabase      *database;
  VocFitStore      *store;
  gulong            rows_changed_id;
  VocJobPosting    *posting;
  VocFitExplained  *explained;
  GCancellable     *cancellable;   /* of the request under way */
  guint             refresh_source;
  gboolean          loading;
  gboolean          stale;         /* changed while not shown */
};

G_DEFINE_FINAL_TYPE (VocFitView, voc_fit_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_POSTING,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The tables whose changes can change a fit. */
static const char * const watched_tables[] = {
  "profile", "skill", "experience", "engagement", "bullet", "education", "certification",
  "project", "job_posting",
};

static void refresh (VocFitView *self);

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
chip_box_new (GtkStringList  *names,
              const char     *accessible_name,
              GtkWidget    *(*create) (gpointer, gpointer),
              VocFitView     *self)
{
  GtkWidget *box = g_object_new (VOC_TYPE_WRAP_BOX,
                                 "spacing", 8,
                                 "line-spacing", 8,
                                 NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_name, -1);
  voc_wrap_box_bind_model (VOC_WRAP_BOX (box), G_LIST_MODEL (names), create, self);
  return box;
}

static const VocFitMatch *
find_match (VocFitView *self,
            const char *name)
{
  if (self->explained == NULL)
    return NULL;

  for (guint i = 0; i < self->explained->result->matched->len; i++)
    {
      const VocFitMatch *match = &g_array_index (self->explained->result->matched,
                                                 VocFitMatch, i);

      if (g_strcmp0 (match->name, name) == 0)
        return match;
    }
  return NULL;
}

/* A matched skill: a chip that opens the bullets proving it. */
static GtkWidget *
create_matched_chip (gpointer item,
                     gpointer user_data)
{
  VocFitView *self = user_data;
  const char *name = gtk_string_object_get_string (item);
  const VocFitMatch *match = find_match (self, name);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  g_autofree char *tooltip = NULL;

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), name);
  gtk_widget_add_css_class (button, "fit-chip");
  gtk_widget_add_css_class (button, "matched");
  if (match != NULL && match->required)
    gtk_widget_add_css_class (button, "required");
  /* TRANSLATORS: tooltip of a skill the resume has; %s is the skill */
  tooltip = g_strdup_printf (_("What shows you have %s"), name);
  gtk_widget_set_tooltip_text (button, tooltip);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_box_append (GTK_BOX (box), heading_new (match != NULL && match->bullets->len > 0
                                                ? _("Shown by") : name));

  for (guint i = 0; match != NULL && i < match->bullets->len; i++)
    {
      const char *text = voc_fit_explained_get_bullet (self->explained,
                                                       g_array_index (match->bullets, gint64, i));
      GtkWidget *label;

      if (text == NULL)
        continue;
      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "fit-bullet");
      gtk_box_append (GTK_BOX (box), label);
    }

  if (match == NULL || match->bullets->len == 0)
    {
      GtkWidget *label = gtk_label_new (_("In your skills, but no bullet of your resume shows "
                                          "it yet."));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  return button;
}

/* A missing skill; with a related skill the library has, a second line says which. */
static GtkWidget *
create_missing_chip (VocFitView *self,
                     gpointer    item,
                     const char *kind)
{
  const char *name = gtk_string_object_get_string (item);
  const char *have = self->explained != NULL
                       ? voc_fit_result_get_related_have (self->explained->result, name) : NULL;
  GtkWidget *label = gtk_label_new (name);
  GtkWidget *chip;

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  if (have == NULL)
    chip = label;
  else
    {
      /* TRANSLATORS: under a skill the resume lacks; %s is a related skill it has */
      g_autofree char *text = g_strdup_printf (_("related: you have %s"), have);
      g_autofree char *tooltip = NULL;
      GtkWidget *note = gtk_label_new (text);

      gtk_label_set_ellipsize (GTK_LABEL (note), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (note), 30);
      gtk_widget_add_css_class (note, "caption");
      gtk_widget_add_css_class (note, "fit-related");
      chip = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_box_append (GTK_BOX (chip), label);
      gtk_box_append (GTK_BOX (chip), note);
      /* TRANSLATORS: tooltip of a missing skill; the first %s is the skill, the second a
       * related skill the resume has */
      tooltip = g_strdup_printf (_("You lack %s, but have the related %s, which counts in part"),
                                 name, have);
      gtk_widget_set_tooltip_text (chip, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip, -1);
    }
  gtk_widget_add_css_class (chip, "fit-chip");
  gtk_widget_add_css_class (chip, kind);
  return chip;
}

static GtkWidget *
create_required_chip (gpointer item,
                      gpointer user_data)
{
  return create_missing_chip (user_data, item, "missing-required");
}

static GtkWidget *
create_nice_chip (gpointer item,
                  gpointer user_data)
{
  return create_missing_chip (user_data, item, "missing-nice");
}

static void
set_names (GtkStringList *list,
           GPtrArray     *names)
{
  g_autoptr(GPtrArray) strv = g_ptr_array_new ();

  for (guint i = 0; names != NULL && i < names->len; i++)
    g_ptr_array_add (strv, g_ptr_array_index (names, i));
  g_ptr_array_add (strv, NULL);

  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) strv->pdata);
}

static void
set_status (VocFitView *self,
            const char *text,
            gboolean    resume_button)
{
  gtk_label_set_label (self->status_label, text);
  gtk_widget_set_visible (self->status_button, resume_button);
  gtk_widget_set_visible (self->status_box, text != NULL);
  gtk_widget_set_visible (self->content, text == NULL);
}

static void
show_factor (VocFitView         *self,
             const VocFitFactor *factor)
{
  GtkLabel *text = self->factor_texts[factor->kind];
  GtkWidget *bar = self->factor_bars[factor->kind];
  g_autofree char *value = NULL;

  if (factor->available)
    {
      /* TRANSLATORS: how well the resume does on a factor of the fit, and how much the
       * factor counts in the score, both in percent */
      value = g_strdup_printf (_("%d %% · weight %d %%"), (int) (factor->value * 100 + 0.5),
                               (int) (factor->share * 100 + 0.5));
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), factor->value);
      gtk_widget_remove_css_class (GTK_WIDGET (text), "dim-label");
    }
  else
    {
      /* TRANSLATORS: a factor of the fit that could not be computed; %s says why, as "no
       * salary in the posting" */
      value = g_strdup_printf (_("not available: %s"),
                               factor->reason != NULL ? factor->reason : "");
      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), 0);
      gtk_widget_add_css_class (GTK_WIDGET (text), "dim-label");
    }

  gtk_widget_set_visible (bar, factor->available);
  gtk_label_set_label (text, value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  voc_fit_factor_get_label (factor->kind),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value,
                                  -1);
}

static void
show_explained (VocFitView *self)
{
  VocFitExplained *explained = self->explained;
  VocFitResult *result = explained->result;
  g_autoptr(GPtrArray) matched = g_ptr_array_new ();
  g_autofree char *score = NULL;
  g_autofree char *score_name = NULL;

  if (explained->n_bullets == 0)
    {
      set_status (self, _("Add your experiences on the Resume page to see how well you fit "
                          "this job."), TRUE);
      return;
    }

  score = g_strdup_printf ("%d", result->score);
  gtk_label_set_label (self->score_label, score);
  /* TRANSLATORS: accessible name of the fit score */
  score_name = g_strdup_printf (_("Fit score: %d of 100"), result->score);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, score_name, -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "fit-high");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "fit-low");
  if (result->score >= 70)
    gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "fit-high");
  else if (result->score < 40)
    gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "fit-low");
  gtk_label_set_label (self->rationale_label, result->rationale);

  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    show_factor (self, &result->factors[k]);

  for (guint i = 0; i < result->matched->len; i++)
    g_ptr_array_add (matched, (gpointer) g_array_index (result->matched, VocFitMatch, i).name);
  set_names (self->matched_names, matched);
  set_names (self->required_names, result->missing_required);
  set_names (self->nice_names, result->missing_nice);
  gtk_widget_set_visible (self->matched_heading, matched->len > 0);
  gtk_widget_set_visible (self->required_heading, result->missing_required->len > 0);
  gtk_widget_set_visible (self->nice_heading, result->missing_nice->len > 0);

  if (explained->raisers->len > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < explained->raisers->len; i++)
        {
          if (i > 0)
            /* TRANSLATORS: between the names of skills in a list */
            g_string_append (text, _(", "));
          g_string_append (text, g_ptr_array_index (explained->raisers, i));
        }
      g_string_prepend (text, _("Your library has these skills, but this resume does not "
                                "show them: "));
      gtk_label_set_label (self->raisers_label, text->str);
    }
  else
    gtk_label_set_label (self->raisers_label,
                         result->missing_required->len + result->missing_nice->len > 0
                           ? _("This resume already shows every skill of the posting that your "
                               "library has. Learning a missing skill, or adding a bullet that "
                               "shows it, would raise the fit.")
                           : _("This resume already shows every skill the posting asks for."));

  set_status (self, NULL, FALSE);
}

static void
set_loading (VocFitView *self,
             gboolean    loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The base resume and the variants, in the drop-down; the one chosen stays chosen. */
static void
load_variants (VocFitView *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_array_set_size (self->variant_ids, 0);
  g_array_append_val (self->variant_ids, (gint64) { 0 });
  g_ptr_array_add (names, g_strdup (_("Base resume")));

  if (self->database != NULL)
    {
      g_autoptr(VocPipelineRepository) pipeline = voc_pipeline_repository_new (self->database);
      g_autoptr(VocEntityList) variants = NULL;

      variants = voc_repository_list_where (VOC_REPOSITORY (pipeline), VOC_TYPE_RESUME_VERSION,
                                            "t.kind = 'variant' AND t.frozen = 0",
                                            "t.name COLLATE NOCASE", NULL);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (variants)); i++)
        {
          g_autoptr(VocResumeVersion) variant = g_list_model_get_item (G_LIST_MODEL (variants), i);
          gint64 id = voc_entity_get_id (VOC_ENTITY (variant));

          if (id == self->variant_id)
            selected = self->variant_ids->len;
          g_array_append_val (self->variant_ids, id);
          g_ptr_array_add (names, g_strdup (voc_resume_version_get_name (variant)));
        }
    }
  g_ptr_array_add (names, NULL);

  self->loading_variants = TRUE;
  gtk_string_list_splice (self->variant_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->variant_names)),
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->variant_dropdown, selected);
  self->loading_variants = FALSE;
  self->variant_id = g_array_index (self->variant_ids, gint64, selected);
  gtk_widget_set_visible (GTK_WIDGET (self->variant_dropdown), self->variant_ids->len > 1);
}

static void
on_explained_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(VocFitView) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  VocFitExplained *explained;

  g_weak_ref_clear (weak);
  g_free (weak);
  explained = voc_fit_store_explain_finish (VOC_FIT_STORE (object), result, &error);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_clear_pointer (&explained, voc_fit_explained_free);
      return;
    }

  set_loading (self, FALSE);
  if (explained == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot compute the fit: %s"), error->message);

      g_clear_pointer (&self->explained, voc_fit_explained_free);
      set_status (self, text, FALSE);
    }
  else
    {
      /* The chips read the new explanation when they are made. */
      g_clear_pointer (&self->explained, voc_fit_explained_free);
      self->explained = explained;
      show_explained (self);
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fit.tailor",
                                 self->explained != NULL && self->explained->n_bullets > 0);
}

static void
refresh (VocFitView *self)
{
  GWeakRef *weak;

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->store == NULL || self->posting == NULL ||
      voc_entity_get_id (VOC_ENTITY (self->posting)) <= 0)
    {
      set_loading (self, FALSE);
      return;
    }

  self->stale = FALSE;
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  /* A weak reference, so that the window closes at once; dispose cancels the request. */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  voc_fit_store_explain_async (self->store, voc_entity_get_id (VOC_ENTITY (self->posting)),
                               self->variant_id, self->cancellable, on_explained_cb, weak);
}

static gboolean
refresh_cb (gpointer user_data)
{
  VocFitView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static gboolean
is_watched (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (watched_tables); i++)
    if (g_str_equal (table, watched_tables[i]))
      return TRUE;
  return FALSE;
}

static void
on_rows_changed_cb (VocDatabase *database,
                    const char  *table,
                    GArray      *changes,
                    VocFitView  *self)
{
  /* A variant added, renamed, removed or its rules changed: the drop-down follows, and the
   * fit when a variant is the one compared with. */
  if (g_str_equal (table, "resume_version"))
    {
      gint64 before = self->variant_id;

      load_variants (self);
      if (before == 0 && self->variant_id == 0)
        return;
    }
  else if (!is_watched (table))
    return;

  if (self->posting == NULL)
    return;

  /* Not shown (the list is, and an import may be writing hundreds of postings): once it is
   * shown again. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = TRUE;
      return;
    }

  /* Edits come in bursts (a form saves several tables): one refresh after them. */
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
on_variant_selected_cb (VocFitView  *self,
                        GParamSpec  *pspec,
                        GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->loading_variants || selected >= self->variant_ids->len)
    return;

  self->variant_id = g_array_index (self->variant_ids, gint64, selected);
  refresh (self);
}

static void
voc_fit_view_map (GtkWidget *widget)
{
  VocFitView *self = VOC_FIT_VIEW (widget);

  GTK_WIDGET_CLASS (voc_fit_view_parent_class)->map (widget);

  if (self->stale)
    refresh (self);
}

static void
tailor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocFitView *self = VOC_FIT_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window;

  if (self->store == NULL || self->posting == NULL)
    return;

  window = GTK_WINDOW (voc_tailor_window_new (self->store, self->posting));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  gtk_window_present (window);
}

static void
build (VocFitView *self)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *score_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *of = gtk_label_new (_("of 100"));
  GtkWidget *factors = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  GtkWidget *tailor = gtk_button_new_with_mnemonic (_("_Tailor Resume for This Job"));
  GtkWidget *status_icon;

  self->group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->group), _("Fit"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->group),
                                         _("How well your resume matches this job. Each bar is "
                                           "how well you do on a factor; its weight is how much "
                                           "it counts in the score."));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (tailor), "fit.tailor");
  gtk_widget_set_valign (tailor, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tailor, "suggested-action");
  gtk_widget_set_tooltip_text (tailor, _("Choose and order the bullets of your resume for this "
                                         "job, within the page budget"));
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self->group), tailor);
  adw_bin_set_child (ADW_BIN (self), self->group);

  self->content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_add_css_class (self->content, "card");
  gtk_widget_add_css_class (self->content, "fit-card");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->content);

  /* The score, large, and why. */
  self->score_label = GTK_LABEL (gtk_label_new ("–"));
  gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "fit-score");
  gtk_widget_add_css_class (of, "dim-label");
  gtk_widget_add_css_class (of, "caption");
  gtk_box_append (GTK_BOX (score_box), GTK_WIDGET (self->score_label));
  gtk_box_append (GTK_BOX (score_box), of);
  gtk_widget_set_valign (score_box, GTK_ALIGN_CENTER);
  self->rationale_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->rationale_label, TRUE);
  gtk_label_set_wrap_mode (self->rationale_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->rationale_label, 0);
  gtk_label_set_selectable (self->rationale_label, TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->rationale_label), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->rationale_label), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), score_box);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->rationale_label));
  gtk_box_append (GTK_BOX (self->content), header);

  /* A bar per factor, made once. */
  for (guint k = 0; k < VOC_FIT_N_FACTORS; k++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *name = gtk_label_new (voc_fit_factor_get_label (k));
      GtkWidget *text = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_hexpand (name, TRUE);
      gtk_label_set_xalign (GTK_LABEL (text), 1);
      gtk_label_set_wrap (GTK_LABEL (text), TRUE);
      gtk_label_set_justify (GTK_LABEL (text), GTK_JUSTIFY_RIGHT);
      gtk_widget_add_css_class (text, "numeric");
      gtk_widget_add_css_class (text, "caption");
      gtk_box_append (GTK_BOX (line), name);
      gtk_box_append (GTK_BOX (line), text);
      gtk_box_append (GTK_BOX (row), line);

      self->factor_bars[k] = gtk_level_bar_new_for_interval (0, 1);
      gtk_widget_add_css_class (self->factor_bars[k], "fit-bar");
      gtk_box_append (GTK_BOX (row), self->factor_bars[k]);
      self->factor_texts[k] = GTK_LABEL (text);
      gtk_box_append (GTK_BOX (factors), row);
    }
  gtk_box_append (GTK_BOX (self->content), factors);

  /* Skills. */
  self->matched_names = gtk_string_list_new (NULL);
  self->required_names = gtk_string_list_new (NULL);
  self->nice_names = gtk_string_list_new (NULL);

  self->matched_heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (self->matched_heading),
                  heading_new (_("Skills You Have")));
  self->matched_box = VOC_WRAP_BOX (chip_box_new (self->matched_names, _("Skills you have"),
                                                  create_matched_chip, self));
  gtk_box_append (GTK_BOX (self->matched_heading), GTK_WIDGET (self->matched_box));
  gtk_box_append (GTK_BOX (self->content), self->matched_heading);

  self->required_heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (self->required_heading),
                  heading_new (_("Missing Must-Haves")));
  self->required_box = VOC_WRAP_BOX (chip_box_new (self->required_names,
                                                   _("Missing must-have skills"),
                                                   create_required_chip, self));
  gtk_box_append (GTK_BOX (self->required_heading), GTK_WIDGET (self->required_box));
  gtk_box_append (GTK_BOX (self->content), self->required_heading);

  self->nice_heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_box_append (GTK_BOX (self->nice_heading), heading_new (_("Missing Nice-to-Haves")));
  self->nice_box = VOC_WRAP_BOX (chip_box_new (self->nice_names,
                                               _("Missing nice-to-have skills"),
                                               create_nice_chip, self));
  gtk_box_append (GTK_BOX (self->nice_heading), GTK_WIDGET (self->nice_box));
  gtk_box_append (GTK_BOX (self->content), self->nice_heading);

  self->raisers_heading = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    GtkWidget *heading = heading_new (_("What Would Raise It"));

    gtk_widget_set_hexpand (heading, TRUE);
    gtk_box_append (GTK_BOX (line), heading);
    self->variant_names = gtk_string_list_new (NULL);
    self->variant_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
    self->variant_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (
      G_LIST_MODEL (g_object_ref (self->variant_names)), NULL));
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->variant_dropdown),
                                 _("The resume to compare with the posting"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->variant_dropdown),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Resume to compare with"), -1);
    g_signal_connect_object (self->variant_dropdown, "notify::selected",
                             G_CALLBACK (on_variant_selected_cb), self, G_CONNECT_SWAPPED);
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->variant_dropdown));
    gtk_box_append (GTK_BOX (self->raisers_heading), line);
  }
  self->raisers_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->raisers_label, TRUE);
  gtk_label_set_xalign (self->raisers_label, 0);
  gtk_box_append (GTK_BOX (self->raisers_heading), GTK_WIDGET (self->raisers_label));
  gtk_box_append (GTK_BOX (self->content), self->raisers_heading);

  /* Instead of the card: why there is nothing to show. */
  self->status_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->status_box, "card");
  gtk_widget_add_css_class (self->status_box, "fit-card");
  status_icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
  gtk_widget_set_valign (status_icon, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->status_box), status_icon);
  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_xalign (self->status_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->status_label), TRUE);
  gtk_box_append (GTK_BOX (self->status_box), GTK_WIDGET (self->status_label));
  self->status_button = gtk_button_new_with_mnemonic (_("Open _Resume"));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->status_button), "s", "resume");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->status_button), "win.show-page");
  gtk_widget_set_valign (self->status_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->status_box), self->status_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->group), self->status_box);

  set_status (self, _("Working out the fit…"), FALSE);
}

static void
voc_fit_view_dispose (GObject *object)
{
  VocFitView *self = VOC_FIT_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  voc_fit_view_set_database (self, NULL);
  g_clear_object (&self->posting);

  if (self->matched_box != NULL)
    {
      voc_wrap_box_bind_model (self->matched_box, NULL, NULL, NULL);
      voc_wrap_box_bind_model (self->required_box, NULL, NULL, NULL);
      voc_wrap_box_bind_model (self->nice_box, NULL, NULL, NULL);
      self->matched_box = NULL;
    }
  g_clear_object (&self->matched_names);
  g_clear_object (&self->required_names);
  g_clear_object (&self->nice_names);
  g_clear_object (&self->variant_names);

  G_OBJECT_CLASS (voc_fit_view_parent_class)->dispose (object);
}

static void
voc_fit_view_finalize (GObject *object)
{
  VocFitView *self = VOC_FIT_VIEW (object);

  g_clear_pointer (&self->explained, voc_fit_explained_free);
  g_clear_pointer (&self->variant_ids, g_array_unref);

  G_OBJECT_CLASS (voc_fit_view_parent_class)->finalize (object);
}

static void
voc_fit_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  VocFitView *self = VOC_FIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;

    case PROP_POSTING:
      g_value_set_object (value, self->posting);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_fit_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  VocFitView *self = VOC_FIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_fit_view_set_database (self, g_value_get_object (value));
      break;

    case PROP_POSTING:
      voc_fit_view_set_posting (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_fit_view_class_init (VocFitViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_fit_view_dispose;
  object_class->finalize = voc_fit_view_finalize;
  object_class->get_property = voc_fit_view_get_property;
  object_class->set_property = voc_fit_view_set_property;
  widget_class->map = voc_fit_view_map;

  /**
   * VocFitView:database:
   *
   * Where the library and the posting are read from.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocFitView:posting:
   *
   * The posting whose fit is shown.
   */
  properties[PROP_POSTING] =
    g_param_spec_object ("posting", NULL, NULL,
                         VOC_TYPE_JOB_POSTING,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * VocFitView:loading:
   *
   * Whether the fit is being worked out.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "fit.tailor", NULL, tailor_action);
}

static void
voc_fit_view_init (VocFitView *self)
{
  build (self);
  load_variants (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fit.tailor", FALSE);
}

GtkWidget *
voc_fit_view_new (void)
{
  return g_object_new (VOC_TYPE_FIT_VIEW, NULL);
}

/**
 * voc_fit_view_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_fit_view_get_database (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return self->database;
}

void
voc_fit_view_set_database (VocFitView  *self,
                           VocDatabase *database)
{
  g_return_if_fail (VOC_IS_FIT_VIEW (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (database == self->database)
    return;

  if (self->database != NULL)
    g_clear_signal_handler (&self->rows_changed_id, self->database);
  g_clear_object (&self->store);
  g_set_object (&self->database, database);
  if (database != NULL)
    {
      /* The window's store, which keeps the fits current: one library cache, not two. */
      self->store = voc_fit_store_dup_shared (database);
      self->rows_changed_id = g_signal_connect (database, "rows-changed",
                                                G_CALLBACK (on_rows_changed_cb), self);
    }

  self->variant_id = 0;
  load_variants (self);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_fit_view_get_store:
 *
 * Returns: (transfer none) (nullable): the store the fit is worked out with, shared with the
 *   window (voc_fit_store_dup_shared())
 */
VocFitStore *
voc_fit_view_get_store (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return self->store;
}

/**
 * voc_fit_view_get_posting:
 *
 * Returns: (transfer none) (nullable): the posting
 */
VocJobPosting *
voc_fit_view_get_posting (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return self->posting;
}

void
voc_fit_view_set_posting (VocFitView    *self,
                          VocJobPosting *posting)
{
  g_return_if_fail (VOC_IS_FIT_VIEW (self));
  g_return_if_fail (!posting || VOC_IS_JOB_POSTING (posting));

  if (!g_set_object (&self->posting, posting))
    return;

  /* Another posting: the last one's fit must not show meanwhile. */
  g_clear_pointer (&self->explained, voc_fit_explained_free);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "fit.tailor", FALSE);
  set_status (self, _("Working out the fit…"), FALSE);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSTING]);
}

/**
 * voc_fit_view_get_variant_dropdown:
 *
 * Returns: (transfer none): the drop-down of the resume to compare with
 */
GtkDropDown *
voc_fit_view_get_variant_dropdown (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return self->variant_dropdown;
}

/**
 * voc_fit_view_get_explained:
 *
 * Returns: (transfer none) (nullable): what is shown
 */
VocFitExplained *
voc_fit_view_get_explained (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return self->explained;
}

gboolean
voc_fit_view_get_loading (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), FALSE);

  return self->loading;
}

/**
 * voc_fit_view_get_factor_bar:
 *
 * Returns: (transfer none): the level bar of a factor
 */
GtkWidget *
voc_fit_view_get_factor_bar (VocFitView       *self,
                             VocFitFactorKind  kind)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);
  g_return_val_if_fail (kind < VOC_FIT_N_FACTORS, NULL);

  return self->factor_bars[kind];
}

const char *
voc_fit_view_get_factor_text (VocFitView       *self,
                              VocFitFactorKind  kind)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);
  g_return_val_if_fail (kind < VOC_FIT_N_FACTORS, NULL);

  return gtk_label_get_label (self->factor_texts[kind]);
}

const char *
voc_fit_view_get_score_text (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return gtk_label_get_label (self->score_label);
}

/**
 * voc_fit_view_get_status_text:
 *
 * Returns: (nullable): the status line shown instead of the fit, if any
 */
const char *
voc_fit_view_get_status_text (VocFitView *self)
{
  g_return_val_if_fail (VOC_IS_FIT_VIEW (self), NULL);

  return gtk_widget_get_visible (self->status_box) ? gtk_label_get_label (self->status_label)
                                                   : NULL;
}
