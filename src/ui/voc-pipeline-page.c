/* voc-pipeline-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-pipeline-page-private.h"
#include "voc-repositories.h"

/*
 * The applications, the most recently updated first, with the stage of each as a pill: a
 * table declared in the template over the store's live, lazy list.
 */

struct _VocPipelinePage
{
  AdwBin                parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  GtkColumnView         *column_view;

  VocDatabase           *database;
  VocPipelineRepository *repository;
  VocEntityList         *model;
  gboolean               model_pending;
};

G_DEFINE_FINAL_TYPE (VocPipelinePage, voc_pipeline_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_state (VocPipelinePage *self)
{
  const char *name = "loading";

  if (self->model != NULL)
    name = g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0 ? "list" : "empty";

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_model_items_changed_cb (VocPipelinePage *self,
                           guint        position,
                           guint        removed,
                           guint        added,
                           GListModel  *model)
{
  update_state (self);
}

static char *
format_stage (GtkListItem *item,
              VocStage     stage)
{
  return g_strdup (voc_format_stage (stage));
}

static char **
stage_css_classes (GtkListItem *item,
                   VocStage     stage)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *stage_class = g_strconcat ("stage-", voc_format_stage_nick (stage), NULL);

  g_strv_builder_add (builder, "stage-pill");
  g_strv_builder_add (builder, stage_class);

  return g_strv_builder_end (builder);
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
attach_model (VocPipelinePage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->model_pending = FALSE;
  selection = gtk_no_selection_new (self->model != NULL ? g_object_ref (G_LIST_MODEL (self->model))
                                                        : NULL);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

static void
voc_pipeline_page_map (GtkWidget *widget)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (widget);

  if (self->model_pending)
    attach_model (self);

  GTK_WIDGET_CLASS (voc_pipeline_page_parent_class)->map (widget);
}

static void
voc_pipeline_page_dispose (GObject *object)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (object);

  g_clear_object (&self->model);
  g_clear_object (&self->repository);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_pipeline_page_parent_class)->dispose (object);
}

static void
voc_pipeline_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (object);

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
voc_pipeline_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_pipeline_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_pipeline_page_class_init (VocPipelinePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_pipeline_page_dispose;
  object_class->get_property = voc_pipeline_page_get_property;
  object_class->set_property = voc_pipeline_page_set_property;

  widget_class->map = voc_pipeline_page_map;

  /**
   * VocPipelinePage:database:
   *
   * The database whose applications are listed; %NULL while it is being opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The cells look up properties of this type by name. */
  g_type_ensure (VOC_TYPE_JOB_APPLICATION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-pipeline-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, stack);
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, format_stage);
  gtk_widget_class_bind_template_callback (widget_class, stage_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
}

static void
voc_pipeline_page_init (VocPipelinePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * voc_pipeline_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_pipeline_page_get_database (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return self->database;
}

void
voc_pipeline_page_set_database (VocPipelinePage *self,
                            VocDatabase *database)
{
  g_return_if_fail (VOC_IS_PIPELINE_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);

  if (database != NULL)
    {
      self->repository = voc_pipeline_repository_new (database);
      self->model = voc_repository_list (VOC_REPOSITORY (self->repository),
                                         VOC_TYPE_JOB_APPLICATION, "t.updated_at DESC, t.id DESC");
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (on_model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attach_model (self);
  else
    {
      gtk_column_view_set_model (self->column_view, NULL);
      self->model_pending = TRUE;
    }

  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

const char *
voc_pipeline_page_get_visible_child_name (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_pipeline_page_get_model:
 *
 * Returns: (transfer none) (nullable): the applications listed, %NULL without a database
 */
GListModel *
voc_pipeline_page_get_model (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return self->model != NULL ? G_LIST_MODEL (self->model) : NULL;
}
