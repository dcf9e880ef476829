/* voc-companies-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-companies-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-companies-page-private.h"
#include "voc-format.h"
#include "voc-job-query.h"
#include "voc-repositories.h"

/*
 * The companies, by name, as a table declared in the template, over the store's live, lazy
 * list (sorted in SQL, rows loaded when they are shown, updated when a company is written).
 * Below it, the postings of the company selected: a second live list, filtered in SQL by the
 * company's id; activating one shows it on the Jobs page.
 */

struct _VocCompaniesPage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkStack             *stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkLabel             *postings_title;
  GtkLabel             *postings_count;
  GtkStack             *postings_stack;
  GtkColumnView        *postings_view;

  VocDatabase          *database;
  VocCompanyRepository *repository;
  VocJobRepository     *jobs;
  VocEntityList        *model;
  VocEntityList        *postings;
  gboolean              model_pending;
};

G_DEFINE_FINAL_TYPE (VocCompaniesPage, voc_companies_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (VocCompaniesPage *self)
{
  const char *name = "loading";

  if (self->model != NULL)
    name = g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0 ? "list" : "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_model_items_changed_cb (VocCompaniesPage *self,
                           guint             position,
                           guint             removed,
                           guint             added,
                           GListModel       *model)
{
  update_state (self);
}

static void
update_postings_state (VocCompaniesPage *self)
{
  VocCompany *company = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  guint n = self->postings != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->postings)) : 0;

  if (company != NULL)
    {
      /* TRANSLATORS: the heading of the jobs of the company selected */
      title = g_strdup_printf (_("Jobs at %s"), voc_company_get_name (company));
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u job", "%'u jobs", n), n);
    }

  gtk_label_set_label (self->postings_title, title != NULL ? title : _("Jobs"));
  gtk_label_set_label (self->postings_count, count != NULL ? count : "");
  gtk_stack_set_visible_child_name (self->postings_stack,
                                    company == NULL ? "none" : n > 0 ? "list" : "empty");
}

static void
on_postings_items_changed_cb (VocCompaniesPage *self,
                              guint             position,
                              guint             removed,
                              guint             added,
                              GListModel       *model)
{
  update_postings_state (self);
}

/* The postings of the company selected, newest first. */
static void
update_postings (VocCompaniesPage *self)
{
  VocCompany *company = gtk_single_selection_get_selected_item (self->selection);
  g_autoptr(GtkNoSelection) selection = NULL;

  if (self->postings != NULL)
    g_signal_handlers_disconnect_by_func (self->postings, on_postings_items_changed_cb, self);
  g_clear_object (&self->postings);

  if (company != NULL && self->jobs != NULL)
    {
      VocJobQuery query = VOC_JOB_QUERY_INIT;
      g_autoptr(GError) error = NULL;

      query.company_id = voc_entity_get_id (VOC_ENTITY (company));
      self->postings = voc_job_repository_list_query (self->jobs, &query, &error);
      if (self->postings == NULL)
        g_warning ("Cannot list the postings of a company: %s", error->message);
    }

  if (self->postings != NULL)
    {
      g_signal_connect_object (self->postings, "items-changed",
                               G_CALLBACK (on_postings_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  selection = gtk_no_selection_new (self->postings != NULL
                                      ? g_object_ref (G_LIST_MODEL (self->postings)) : NULL);
  gtk_column_view_set_model (self->postings_view, GTK_SELECTION_MODEL (selection));
  update_postings_state (self);
}

static void
on_selection_selected_item_cb (VocCompaniesPage   *self,
                               GParamSpec         *pspec,
                               GtkSingleSelection *selection)
{
  update_postings (self);
}

static void
on_postings_view_activate_cb (VocCompaniesPage *self,
                              guint             position,
                              GtkColumnView    *view)
{
  g_autoptr(VocJobPosting) posting = NULL;

  if (self->postings == NULL)
    return;

  posting = g_list_model_get_item (G_LIST_MODEL (self->postings), position);
  if (posting != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-job", "x",
                                voc_entity_get_id (VOC_ENTITY (posting)));
}

static char *
format_salary (GtkListItem     *item,
               gint64           min_cents,
               gint64           max_cents,
               const char      *currency,
               VocSalaryPeriod  period)
{
  return voc_format_salary (min_cents, max_cents, currency, period);
}

static char *
format_date (GtkListItem *item,
             GDateTime   *date_time)
{
  return voc_format_date (date_time, NULL);
}

/* A table builds its first rows as soon as it has a model (200 of them in GTK 4.8), which
 * takes a while with many columns: only the page on screen does it, the others when they
 * are shown. */
static void
attach_model (VocCompaniesPage *self)
{
  self->model_pending = FALSE;
  gtk_single_selection_set_model (self->selection,
                                  self->model != NULL ? G_LIST_MODEL (self->model) : NULL);
}

static void
voc_companies_page_map (GtkWidget *widget)
{
  VocCompaniesPage *self = VOC_COMPANIES_PAGE (widget);

  if (self->model_pending)
    attach_model (self);

  GTK_WIDGET_CLASS (voc_companies_page_parent_class)->map (widget);
}

static void
voc_companies_page_dispose (GObject *object)
{
  VocCompaniesPage *self = VOC_COMPANIES_PAGE (object);

  if (self->postings != NULL)
    g_signal_handlers_disconnect_by_func (self->postings, on_postings_items_changed_cb, self);
  g_clear_object (&self->postings);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);
  g_clear_object (&self->jobs);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_companies_page_parent_class)->dispose (object);
}

static void
voc_companies_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VocCompaniesPage *self = VOC_COMPANIES_PAGE (object);

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
voc_companies_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VocCompaniesPage *self = VOC_COMPANIES_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_companies_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_companies_page_class_init (VocCompaniesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_companies_page_dispose;
  object_class->get_property = voc_companies_page_get_property;
  object_class->set_property = voc_companies_page_set_property;

  widget_class->map = voc_companies_page_map;

  /**
   * VocCompaniesPage:database:
   *
   * The database whose companies are listed; %NULL while it is being opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The cells look up properties of this type by name. */
  g_type_ensure (VOC_TYPE_COMPANY);
  g_type_ensure (VOC_TYPE_JOB_POSTING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-companies-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, selection);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, postings_title);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, postings_count);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, postings_stack);
  gtk_widget_class_bind_template_child (widget_class, VocCompaniesPage, postings_view);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_selected_item_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_postings_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_salary);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
}

static void
voc_companies_page_init (VocCompaniesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * voc_companies_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_companies_page_get_database (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return self->database;
}

void
voc_companies_page_set_database (VocCompaniesPage *self,
                                 VocDatabase      *database)
{
  g_return_if_fail (VOC_IS_COMPANIES_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);
  g_clear_object (&self->jobs);

  if (database != NULL)
    {
      self->jobs = voc_job_repository_new (database);
      self->repository = voc_company_repository_new (database);
      self->model = voc_repository_list (VOC_REPOSITORY (self->repository),
                                         VOC_TYPE_COMPANY, "t.name COLLATE NOCASE, t.id");
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (on_model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attach_model (self);
  else
    {
      gtk_single_selection_set_model (self->selection, NULL);
      self->model_pending = TRUE;
    }

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
voc_companies_page_get_visible_child_name (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_companies_page_get_model:
 *
 * Returns: (transfer none) (nullable): the companies listed, %NULL without a database
 */
GListModel *
voc_companies_page_get_model (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return self->model != NULL ? G_LIST_MODEL (self->model) : NULL;
}

GtkSingleSelection *
voc_companies_page_get_selection (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return self->selection;
}

/**
 * voc_companies_page_get_postings:
 *
 * Returns: (transfer none) (nullable): the postings of the company selected
 */
GListModel *
voc_companies_page_get_postings (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return self->postings != NULL ? G_LIST_MODEL (self->postings) : NULL;
}

const char *
voc_companies_page_get_postings_count (VocCompaniesPage *self)
{
  g_return_val_if_fail (VOC_IS_COMPANIES_PAGE (self), NULL);

  return gtk_label_get_label (self->postings_count);
}
