/* voc-pipeline-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-application-card.h"
#include "voc-application-detail.h"
#include "voc-format.h"
#include "voc-pipeline-board.h"
#include "voc-pipeline-page-private.h"
#include "voc-repositories.h"

/*
 * The applications as a board, a column per stage, and as a table of the same data.
 *
 * Each column is a GtkListView over the store's live list of the applications in its stage
 * (filtered in SQL), so a column holds row ids and builds cards only for what is on screen.
 * A card moves by drag and drop onto another column, or from the keyboard (its menu, or
 * Alt+Left/Right on the focused card); either way the move goes through the `board.move`
 * action here, which stores it with its history (voc_pipeline_repository_set_stage()).
 *
 * The table sorts and filters in memory with GtkSortListModel and GtkFilterListModel: a
 * person has tens or hundreds of applications, not the hundred thousand postings for which
 * the Jobs page sorts in SQL.
 */

typedef struct
{
  VocStage       stage;
  GtkWidget     *box;
  GtkLabel      *count_label;
  GtkListView   *list_view;
  GtkDropTarget *drop_target;
  VocEntityList *model;
} Column;

static const VocStage board_stages[] = {
  VOC_STAGE_PROSPECT, VOC_STAGE_APPLIED, VOC_STAGE_SCREEN, VOC_STAGE_INTERVIEW,
  VOC_STAGE_OFFER, VOC_STAGE_ACCEPTED, VOC_STAGE_REJECTED, VOC_STAGE_WITHDRAWN,
};

#define N_COLUMNS G_N_ELEMENTS (board_stages)

struct _VocPipelinePage
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkStack              *stack;
  AdwViewStack          *view_stack;
  GtkBox                *columns_box;
  GtkColumnView         *column_view;
  GtkDropDown           *stage_filter;

  VocApplicationDetail  *detail;
  Column                 columns[N_COLUMNS];
  GtkFilter             *filter;
  GtkFilterListModel    *filter_model;

  VocDatabase           *database;
  VocPipelineRepository *repository;
  VocEntityList         *model;
  gboolean               model_pending;
  gint64                 focus_id;
  guint                  focus_source;
};

G_DEFINE_FINAL_TYPE (VocPipelinePage, voc_pipeline_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (VocPipelinePage *self,
            AdwToast        *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
update_state (VocPipelinePage *self)
{
  const char *name = "loading";

  if (self->model != NULL)
    name = g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0 ? "list" : "empty";

  /* An application's detail stays while it has applications. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "detail") == 0 &&
      g_strcmp0 (name, "list") == 0)
    return;

  gtk_stack_set_visible_child_name (self->stack, name);
}

static void
on_model_items_changed_cb (VocPipelinePage *self,
                           guint            position,
                           guint            removed,
                           guint            added,
                           GListModel      *model)
{
  update_state (self);
}

static void
update_count (Column *column)
{
  guint n = column->model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (column->model)) : 0;
  g_autofree char *text = g_strdup_printf ("%u", n);
  g_autofree char *name = NULL;

  gtk_label_set_label (column->count_label, text);
  /* TRANSLATORS: the accessible name of a column of the board: "Applied, 3 applications" */
  name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u application",
                                       "%s, %u applications", n),
                          voc_format_stage (column->stage), n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (column->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_column_items_changed_cb (GListModel *model,
                            guint       position,
                            guint       removed,
                            guint       added,
                            Column     *column)
{
  update_count (column);
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

static int
stage_rank (gpointer  item,
            VocStage  stage)
{
  return (int) stage;
}

/* Empty dates sort first in ascending order. */
static gint64
date_rank (gpointer   item,
           GDateTime *date_time)
{
  return date_time != NULL ? g_date_time_to_unix (date_time) : G_MININT64;
}

static VocStage
stage_from_nick (const char *nick)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (g_strcmp0 (voc_format_stage_nick (board_stages[i]), nick) == 0)
      return board_stages[i];

  return VOC_STAGE_NONE;
}

static GtkWidget *
find_card (GtkWidget *widget,
           gint64     application_id)
{
  if (VOC_IS_APPLICATION_CARD (widget))
    {
      VocJobApplication *application =
        voc_application_card_get_application (VOC_APPLICATION_CARD (widget));

      if (application != NULL && voc_entity_get_id (VOC_ENTITY (application)) == application_id)
        return widget;
      return NULL;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *card = find_card (child, application_id);

      if (card != NULL)
        return card;
    }

  return NULL;
}

/* A card moved from the keyboard keeps the focus in its new column, once that column has
 * built it. */
static gboolean
focus_moved_card_cb (gpointer user_data)
{
  VocPipelinePage *self = user_data;
  GtkWidget *card = find_card (GTK_WIDGET (self->columns_box), self->focus_id);

  self->focus_source = 0;
  if (card != NULL)
    gtk_widget_grab_focus (card);

  return G_SOURCE_REMOVE;
}

static gboolean
move_application (VocPipelinePage   *self,
                  VocJobApplication *application,
                  VocStage           stage,
                  gboolean           keep_focus)
{
  g_autoptr(GError) error = NULL;

  if (self->repository == NULL || stage == VOC_STAGE_NONE)
    return FALSE;

  if (voc_job_application_get_stage (application) == stage)
    return TRUE;

  if (!voc_pipeline_repository_set_stage (self->repository, application, stage, NULL, &error))
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      show_toast (self, adw_toast_new_format (_("Cannot move the application: %s"), escaped));
      return FALSE;
    }

  if (keep_focus)
    {
      self->focus_id = voc_entity_get_id (VOC_ENTITY (application));
      g_clear_handle_id (&self->focus_source, g_source_remove);
      self->focus_source = g_timeout_add (50, focus_moved_card_cb, self);
    }

  return TRUE;
}

static void
board_move_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (widget);
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GError) error = NULL;
  const char *nick;
  gint64 id;

  if (self->repository == NULL)
    return;

  g_variant_get (parameter, "(x&s)", &id, &nick);
  application = voc_repository_find (VOC_REPOSITORY (self->repository),
                                     VOC_TYPE_JOB_APPLICATION, id, &error);
  if (application == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      show_toast (self, adw_toast_new_format (_("Cannot move the application: %s"), escaped));
      return;
    }

  move_application (self, application, stage_from_nick (nick), TRUE);
}

static void
board_open_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (widget);
  g_autoptr(VocJobApplication) application = NULL;
  g_autoptr(GError) error = NULL;

  if (self->repository == NULL)
    return;

  application = voc_repository_find (VOC_REPOSITORY (self->repository),
                                     VOC_TYPE_JOB_APPLICATION, g_variant_get_int64 (parameter),
                                     &error);
  if (application == NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      show_toast (self, adw_toast_new_format (_("Cannot open the application: %s"), escaped));
      return;
    }

  voc_application_detail_show (self->detail, self->repository, application);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

static void
board_back_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (widget);

  gtk_stack_set_visible_child_name (self->stack, "list");
  update_state (self);
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        Column        *column)
{
  VocPipelinePage *self;
  VocJobApplication *application;

  if (!G_VALUE_HOLDS (value, VOC_TYPE_JOB_APPLICATION))
    return FALSE;

  application = g_value_get_object (value);
  self = VOC_PIPELINE_PAGE (gtk_widget_get_ancestor (column->box, VOC_TYPE_PIPELINE_PAGE));
  if (application == NULL || self == NULL)
    return FALSE;

  return move_application (self, application, column->stage, FALSE);
}

static void
on_card_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  VocPipelinePage          *self)
{
  /* The card is focusable, so a row gives it the focus (GTK 4.8 has no
   * gtk_list_item_set_focusable()): its shortcuts act on it. */
  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_child (item, voc_application_card_new (self->repository));
}

static void
on_card_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 VocPipelinePage          *self)
{
  voc_application_card_set_application (VOC_APPLICATION_CARD (gtk_list_item_get_child (item)),
                                        gtk_list_item_get_item (item));
}

static void
on_card_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   VocPipelinePage          *self)
{
  voc_application_card_set_application (VOC_APPLICATION_CARD (gtk_list_item_get_child (item)),
                                        NULL);
}

static void
build_columns (VocPipelinePage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Column *column = &self->columns[i];
      g_autofree char *stage_class = NULL;
      GtkWidget *header;
      GtkWidget *title;
      GtkWidget *scroller;

      column->stage = board_stages[i];
      column->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      gtk_widget_set_size_request (column->box, 272, -1);
      gtk_widget_add_css_class (column->box, "board-column");

      header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      gtk_widget_add_css_class (header, "board-column-header");
      title = gtk_label_new (voc_format_stage (column->stage));
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_widget_add_css_class (title, "heading");
      gtk_box_append (GTK_BOX (header), title);
      column->count_label = GTK_LABEL (gtk_label_new ("0"));
      stage_class = g_strconcat ("stage-", voc_format_stage_nick (column->stage), NULL);
      gtk_widget_add_css_class (GTK_WIDGET (column->count_label), "stage-pill");
      gtk_widget_add_css_class (GTK_WIDGET (column->count_label), stage_class);
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (column->count_label));
      gtk_box_append (GTK_BOX (column->box), header);

      column->list_view = GTK_LIST_VIEW (gtk_list_view_new (NULL, NULL));
      gtk_widget_add_css_class (GTK_WIDGET (column->list_view), "board-list");
      scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller),
                                     GTK_WIDGET (column->list_view));
      gtk_widget_set_vexpand (scroller, TRUE);
      gtk_box_append (GTK_BOX (column->box), scroller);

      column->drop_target = gtk_drop_target_new (VOC_TYPE_JOB_APPLICATION, GDK_ACTION_MOVE);
      g_signal_connect (column->drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), column);
      gtk_widget_add_controller (column->box, GTK_EVENT_CONTROLLER (column->drop_target));

      gtk_box_append (self->columns_box, column->box);
      update_count (column);
    }
}

static gboolean
stage_filter_match (gpointer item,
                    gpointer user_data)
{
  VocPipelinePage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->stage_filter);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > N_COLUMNS)
    return TRUE;

  return voc_job_application_get_stage (item) == board_stages[selected - 1];
}

static void
on_stage_filter_selected_cb (VocPipelinePage *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_view_stack_visible_child_cb (VocPipelinePage *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  gtk_widget_set_visible (GTK_WIDGET (self->stage_filter), g_strcmp0 (name, "table") == 0);
}

/* Lists build their first rows as soon as they have a model: only the page on screen does
 * it, the others when they are shown. */
static void
attach_model (VocPipelinePage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkSorter *sorter;
  GtkSortListModel *sort_model;

  self->model_pending = FALSE;

  if (self->repository != NULL)
    {
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (on_card_setup_cb), self);
      g_signal_connect (factory, "bind", G_CALLBACK (on_card_bind_cb), self);
      g_signal_connect (factory, "unbind", G_CALLBACK (on_card_unbind_cb), self);
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Column *column = &self->columns[i];
      g_autoptr(GtkNoSelection) column_selection = NULL;

      column_selection = gtk_no_selection_new (column->model != NULL
                                               ? g_object_ref (G_LIST_MODEL (column->model))
                                               : NULL);
      gtk_list_view_set_model (column->list_view, NULL);
      gtk_list_view_set_factory (column->list_view, factory);
      gtk_list_view_set_model (column->list_view, GTK_SELECTION_MODEL (column_selection));
    }

  gtk_filter_list_model_set_model (self->filter_model,
                                   self->model != NULL ? G_LIST_MODEL (self->model) : NULL);
  sorter = gtk_column_view_get_sorter (self->column_view);
  sort_model = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filter_model)),
                                        sorter != NULL ? g_object_ref (sorter) : NULL);
  selection = gtk_no_selection_new (G_LIST_MODEL (sort_model));
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
clear_models (VocPipelinePage *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      Column *column = &self->columns[i];

      if (column->model != NULL)
        g_signal_handlers_disconnect_by_func (column->model, on_column_items_changed_cb, column);
      g_clear_object (&column->model);
    }

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->repository);
}

static void
voc_pipeline_page_dispose (GObject *object)
{
  VocPipelinePage *self = VOC_PIPELINE_PAGE (object);

  g_clear_handle_id (&self->focus_source, g_source_remove);
  clear_models (self);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
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
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, columns_box);
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, VocPipelinePage, stage_filter);
  gtk_widget_class_bind_template_callback (widget_class, format_stage);
  gtk_widget_class_bind_template_callback (widget_class, stage_css_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_date);
  gtk_widget_class_bind_template_callback (widget_class, stage_rank);
  gtk_widget_class_bind_template_callback (widget_class, date_rank);

  /**
   * VocPipelinePage|board.move:
   * @parameter: the application's id and the nick of the stage to move it to
   *
   * Moves an application to another stage, recording the move.
   */
  gtk_widget_class_install_action (widget_class, "board.move", "(xs)", board_move_action);
  gtk_widget_class_install_action (widget_class, "board.open", "x", board_open_action);
  gtk_widget_class_install_action (widget_class, "board.back", NULL, board_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "board.back", NULL);
}

static void
voc_pipeline_page_init (VocPipelinePage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (names, _("All Stages"));
  for (guint i = 0; i < N_COLUMNS; i++)
    gtk_string_list_append (names, voc_format_stage (board_stages[i]));
  gtk_drop_down_set_model (self->stage_filter, G_LIST_MODEL (names));
  g_signal_connect_object (self->stage_filter, "notify::selected",
                           G_CALLBACK (on_stage_filter_selected_cb), self, G_CONNECT_SWAPPED);

  self->filter = GTK_FILTER (gtk_custom_filter_new (stage_filter_match, self, NULL));
  self->filter_model = gtk_filter_list_model_new (NULL, g_object_ref (self->filter));

  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (on_view_stack_visible_child_cb), self, G_CONNECT_SWAPPED);
  on_view_stack_visible_child_cb (self);

  build_columns (self);

  self->detail = VOC_APPLICATION_DETAIL (voc_application_detail_new ());
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->detail), "detail");
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
                                VocDatabase     *database)
{
  g_return_if_fail (VOC_IS_PIPELINE_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (!g_set_object (&self->database, database))
    return;

  clear_models (self);

  if (database != NULL)
    {
      self->repository = voc_pipeline_repository_new (database);
      self->model = voc_repository_list (VOC_REPOSITORY (self->repository),
                                         VOC_TYPE_JOB_APPLICATION, "t.updated_at DESC, t.id DESC");
      g_signal_connect_object (self->model, "items-changed",
                               G_CALLBACK (on_model_items_changed_cb), self,
                               G_CONNECT_SWAPPED);

      for (guint i = 0; i < N_COLUMNS; i++)
        {
          Column *column = &self->columns[i];

          column->model = voc_pipeline_repository_list_stage (self->repository, column->stage);
          g_signal_connect (column->model, "items-changed",
                            G_CALLBACK (on_column_items_changed_cb), column);
        }
    }

  for (guint i = 0; i < N_COLUMNS; i++)
    update_count (&self->columns[i]);

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    attach_model (self);
  else
    {
      for (guint i = 0; i < N_COLUMNS; i++)
        gtk_list_view_set_model (self->columns[i].list_view, NULL);
      gtk_column_view_set_model (self->column_view, NULL);
      gtk_filter_list_model_set_model (self->filter_model, NULL);
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

static Column *
find_column (VocPipelinePage *self,
             VocStage         stage)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (self->columns[i].stage == stage)
      return &self->columns[i];

  return NULL;
}

/**
 * voc_pipeline_page_get_stage_model:
 *
 * Returns: (transfer none) (nullable): the applications in the column of @stage
 */
GListModel *
voc_pipeline_page_get_stage_model (VocPipelinePage *self,
                                   VocStage         stage)
{
  Column *column;

  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  column = find_column (self, stage);
  return column != NULL && column->model != NULL ? G_LIST_MODEL (column->model) : NULL;
}

/**
 * voc_pipeline_page_get_drop_target:
 *
 * Returns: (transfer none) (nullable): the drop target of the column of @stage
 */
GtkDropTarget *
voc_pipeline_page_get_drop_target (VocPipelinePage *self,
                                   VocStage         stage)
{
  Column *column;

  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  column = find_column (self, stage);
  return column != NULL ? column->drop_target : NULL;
}

/**
 * voc_pipeline_page_get_count_label:
 *
 * Returns: (transfer none) (nullable): the count shown in the header of the column of @stage
 */
const char *
voc_pipeline_page_get_count_label (VocPipelinePage *self,
                                   VocStage         stage)
{
  Column *column;

  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  column = find_column (self, stage);
  return column != NULL ? gtk_label_get_label (column->count_label) : NULL;
}

/**
 * voc_pipeline_page_find_card:
 *
 * Returns: (transfer none) (nullable): the card of an application, when its column built it
 */
GtkWidget *
voc_pipeline_page_find_card (VocPipelinePage *self,
                             gint64           application_id)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return find_card (GTK_WIDGET (self->columns_box), application_id);
}

void
voc_pipeline_page_set_view (VocPipelinePage *self,
                            const char      *name)
{
  g_return_if_fail (VOC_IS_PIPELINE_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

GtkColumnView *
voc_pipeline_page_get_column_view (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return self->column_view;
}

GtkDropDown *
voc_pipeline_page_get_stage_filter (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return self->stage_filter;
}

/**
 * voc_pipeline_page_get_detail:
 *
 * Returns: (transfer none): the application detail
 */
VocApplicationDetail *
voc_pipeline_page_get_detail (VocPipelinePage *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_PAGE (self), NULL);

  return self->detail;
}
