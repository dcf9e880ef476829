/* voc-application-card.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-application-card"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-application-card.h"
#include "voc-date.h"
#include "voc-format.h"
#include "voc-pipeline-board.h"

/*
 * One application on the board: its job and company, the fit of the job, how long it has
 * been in its stage and its next step. The card is the focusable thing in a column (the list
 * row is not), so that its shortcuts work: Alt+Left and Alt+Right move it to the previous or
 * next stage, and its menu moves it anywhere; Enter or a double click opens it. It can be
 * dragged to another column. The card
 * does not write itself: it asks the board (the `board.move` action of an ancestor) so that
 * one place stores the move and reports a failure.
 */

struct _VocApplicationCard
{
  GtkWidget              parent_instance;

  /* Template widgets */
  GtkLabel              *title_label;
  GtkLabel              *company_label;
  GtkLabel              *fit_label;
  GtkLabel              *days_label;
  GtkLabel              *next_label;
  GtkMenuButton         *menu_button;

  VocPipelineRepository *repository;
  VocJobApplication     *application;
  GSignalGroup          *application_signals;
  GSignalGroup          *database_signals;
  char                  *next_step;
  int                    fit_score;
};

G_DEFINE_FINAL_TYPE (VocApplicationCard, voc_application_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_REPOSITORY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The stages of the board, in their columns' order. */
static const VocStage board_stages[] = {
  VOC_STAGE_PROSPECT, VOC_STAGE_APPLIED, VOC_STAGE_SCREEN, VOC_STAGE_INTERVIEW,
  VOC_STAGE_OFFER, VOC_STAGE_ACCEPTED, VOC_STAGE_REJECTED, VOC_STAGE_WITHDRAWN,
};

static void
update_facts (VocApplicationCard *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  VocCardFacts facts = { -1, NULL, NULL };

  g_clear_pointer (&self->next_step, g_free);
  self->fit_score = -1;

  if (self->application != NULL && self->repository != NULL &&
      !voc_pipeline_repository_get_card_facts (self->repository,
                                               voc_entity_get_id (VOC_ENTITY (self->application)),
                                               now, &facts, &error))
    g_warning ("Cannot read the next step of an application: %s", error->message);

  self->fit_score = facts.fit_score;
  if (facts.fit_score >= 0)
    {
      g_autofree char *text = g_strdup_printf (_("Fit %d"), facts.fit_score);

      gtk_label_set_label (self->fit_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->fit_label), facts.fit_score >= 0);

  if (facts.next_step != NULL)
    {
      g_autofree char *when = voc_format_date (facts.next_at, now);
      g_autofree char *text = NULL;

      if (when != NULL && *when != '\0')
        /* TRANSLATORS: the next step of an application and when it is due: "Next: Call · Today" */
        text = g_strdup_printf (_("Next: %s · %s"), facts.next_step, when);
      else
        text = g_strdup_printf (_("Next: %s"), facts.next_step);
      gtk_label_set_label (self->next_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->next_label), text);
      self->next_step = g_steal_pointer (&facts.next_step);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_label), self->next_step != NULL);

  voc_card_facts_clear (&facts);
}

static void
update_labels (VocApplicationCard *self)
{
  const char *title = NULL;
  const char *company = NULL;
  g_autofree char *days_text = NULL;
  g_autofree char *name = NULL;

  if (self->application != NULL)
    {
      GDateTime *since = voc_job_application_get_stage_changed_at (self->application);
      g_autoptr(GDateTime) now = voc_date_time_now_utc ();
      int days;

      title = voc_job_application_get_posting_title (self->application);
      company = voc_job_application_get_company_name (self->application);

      if (since == NULL)
        since = voc_entity_get_created_at (VOC_ENTITY (self->application));
      days = since != NULL ? (int) MAX (0, g_date_time_difference (now, since) / G_TIME_SPAN_DAY)
                           : 0;
      if (days == 0)
        days_text = g_strdup (_("In stage since today"));
      else
        days_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day in stage",
                                                  "%d days in stage", days),
                                     days);
    }

  gtk_label_set_label (self->title_label, title != NULL && *title != '\0' ? title : _("Untitled Job"));
  gtk_label_set_label (self->company_label, company != NULL ? company : "");
  gtk_widget_set_visible (GTK_WIDGET (self->company_label), company != NULL && *company != '\0');
  gtk_label_set_label (self->days_label, days_text != NULL ? days_text : "");

  /* TRANSLATORS: the accessible name of a card on the board: "Engineer, Acme" */
  name = g_strdup_printf (_("%s, %s"), gtk_label_get_label (self->title_label),
                          company != NULL ? company : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
on_application_notify_cb (VocApplicationCard *self)
{
  update_labels (self);
}

static void
on_rows_changed_cb (VocApplicationCard *self)
{
  update_facts (self);
}

static void
request_move (VocApplicationCard *self,
              VocStage            stage)
{
  if (self->application == NULL || stage == voc_job_application_get_stage (self->application))
    return;

  gtk_widget_activate_action (GTK_WIDGET (self), "board.move", "(xs)",
                              voc_entity_get_id (VOC_ENTITY (self->application)),
                              voc_format_stage_nick (stage));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (widget);
  const char *nick = g_variant_get_string (parameter, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (board_stages); i++)
    if (g_strcmp0 (voc_format_stage_nick (board_stages[i]), nick) == 0)
      request_move (self, board_stages[i]);
}

static void
move_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (widget);
  int step = g_str_equal (action_name, "card.move-next") ? 1 : -1;
  VocStage stage;

  if (self->application == NULL)
    return;

  stage = voc_job_application_get_stage (self->application);
  for (guint i = 0; i < G_N_ELEMENTS (board_stages); i++)
    if (board_stages[i] == stage)
      {
        int to = (int) i + step;

        if (to >= 0 && to < (int) G_N_ELEMENTS (board_stages))
          request_move (self, board_stages[to]);
        return;
      }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (widget);

  if (self->application != NULL)
    gtk_widget_activate_action (widget, "board.open", "x",
                                voc_entity_get_id (VOC_ENTITY (self->application)));
}

static void
on_click_pressed_cb (GtkGestureClick    *gesture,
                     int                 n_press,
                     double              x,
                     double              y,
                     VocApplicationCard *self)
{
  if (n_press == 2)
    open_action (GTK_WIDGET (self), "card.open", NULL);
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource      *source,
                    double              x,
                    double              y,
                    VocApplicationCard *self)
{
  if (self->application == NULL)
    return NULL;

  return gdk_content_provider_new_typed (VOC_TYPE_JOB_APPLICATION, self->application);
}

static void
on_drag_begin_cb (GtkDragSource      *source,
                  GdkDrag            *drag,
                  VocApplicationCard *self)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, paintable, 16, 16);
}

static void
voc_application_card_dispose (GObject *object)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), VOC_TYPE_APPLICATION_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  if (self->application_signals != NULL)
    g_signal_group_set_target (self->application_signals, NULL);
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->application_signals);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->application);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->next_step, g_free);

  G_OBJECT_CLASS (voc_application_card_parent_class)->dispose (object);
}

static void
voc_application_card_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_REPOSITORY:
      g_value_set_object (value, self->repository);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_application_card_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  VocApplicationCard *self = VOC_APPLICATION_CARD (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      voc_application_card_set_application (self, g_value_get_object (value));
      break;

    case PROP_REPOSITORY:
      self->repository = g_value_dup_object (value);
      if (self->repository != NULL)
        g_signal_group_set_target (self->database_signals,
                                   voc_repository_get_database (VOC_REPOSITORY (self->repository)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_application_card_class_init (VocApplicationCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_application_card_dispose;
  object_class->get_property = voc_application_card_get_property;
  object_class->set_property = voc_application_card_set_property;

  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         VOC_TYPE_JOB_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_REPOSITORY] =
    g_param_spec_object ("repository", NULL, NULL,
                         VOC_TYPE_PIPELINE_REPOSITORY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-application-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, company_label);
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, fit_label);
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, days_label);
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, next_label);
  gtk_widget_class_bind_template_child (widget_class, VocApplicationCard, menu_button);

  gtk_widget_class_install_action (widget_class, "card.move", "s", move_action);
  gtk_widget_class_install_action (widget_class, "card.move-previous", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "card.move-next", NULL, move_step_action);
  gtk_widget_class_install_action (widget_class, "card.open", NULL, open_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "card.move-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "card.move-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "card.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "card.open", NULL);

  gtk_widget_class_set_css_name (widget_class, "application-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
voc_application_card_init (VocApplicationCard *self)
{
  GtkDragSource *drag_source;
  GtkGesture *click;

  self->fit_score = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->application_signals = g_signal_group_new (VOC_TYPE_JOB_APPLICATION);
  g_signal_group_connect_swapped (self->application_signals, "notify",
                                  G_CALLBACK (on_application_notify_cb), self);

  /* The next step and the fit live in other tables: read them again when those change. */
  self->database_signals = g_signal_group_new (VOC_TYPE_DATABASE);
  g_signal_group_connect_swapped (self->database_signals, "rows-changed::task",
                                  G_CALLBACK (on_rows_changed_cb), self);
  g_signal_group_connect_swapped (self->database_signals, "rows-changed::event",
                                  G_CALLBACK (on_rows_changed_cb), self);
  g_signal_group_connect_swapped (self->database_signals, "rows-changed::fit",
                                  G_CALLBACK (on_rows_changed_cb), self);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect (drag_source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (drag_source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag_source));
}

GtkWidget *
voc_application_card_new (VocPipelineRepository *repository)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository), NULL);

  return g_object_new (VOC_TYPE_APPLICATION_CARD, "repository", repository, NULL);
}

/**
 * voc_application_card_get_application:
 *
 * Returns: (transfer none) (nullable): the application shown
 */
VocJobApplication *
voc_application_card_get_application (VocApplicationCard *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_CARD (self), NULL);

  return self->application;
}

void
voc_application_card_set_application (VocApplicationCard *self,
                                      VocJobApplication  *application)
{
  g_return_if_fail (VOC_IS_APPLICATION_CARD (self));
  g_return_if_fail (!application || VOC_IS_JOB_APPLICATION (application));

  if (!g_set_object (&self->application, application))
    return;

  g_signal_group_set_target (self->application_signals, application);
  update_labels (self);
  update_facts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLICATION]);
}

/**
 * voc_application_card_get_repository:
 *
 * Returns: (transfer none): the repository the card reads its facts from
 */
VocPipelineRepository *
voc_application_card_get_repository (VocApplicationCard *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_CARD (self), NULL);

  return self->repository;
}

/**
 * voc_application_card_get_next_step:
 *
 * Returns: (nullable): the title of the next step shown, %NULL when there is none
 */
const char *
voc_application_card_get_next_step (VocApplicationCard *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_CARD (self), NULL);

  return self->next_step;
}

/**
 * voc_application_card_get_fit_score:
 *
 * Returns: the fit score shown, or -1 when the job has none
 */
int
voc_application_card_get_fit_score (VocApplicationCard *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_CARD (self), -1);

  return self->fit_score;
}
