/* voc-pipeline-actions.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-pipeline-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-pipeline-actions.h"
#include "voc-pipeline-tasks.h"

/*
 * What the rows of tasks and events do, for every page that lists them (Today, the
 * application detail): complete, snooze and delete a task, delete an event, each with a
 * toast in the page's #AdwToastOverlay when it goes wrong.
 *
 * A task is deleted softly at once and Undo restores it. An event has no such state: its
 * row is hidden at once (the page lists its events through
 * voc_pipeline_actions_filter_events()) and the event is deleted for good when the toast
 * goes away without Undo, when the page moves to another database, when the window closes
 * or when the page goes — the pattern of the jobs page. Without a toast overlay to offer
 * Undo in, the event is deleted at once.
 */

struct _VocPipelineActions
{
  GObject                parent_instance;

  GtkWidget             *owner;        /* weak */
  GtkWindow             *window;       /* weak; closing it commits the deletes */
  VocPipelineRepository *repository;
  GArray                *deleting;     /* gint64: events whose Undo is offered */
  GtkCustomFilter       *filter;
  AdwToast              *undo_toast;   /* weak */
};

G_DEFINE_FINAL_TYPE (VocPipelineActions, voc_pipeline_actions, G_TYPE_OBJECT)

enum {
  DELETES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  GWeakRef actions;
  gint64   id;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_weak_ref_clear (&pending->actions);
  g_free (pending);
}

static void
show_toast (VocPipelineActions *self,
            AdwToast           *toast)
{
  GtkWidget *overlay = NULL;

  if (self->owner != NULL)
    overlay = gtk_widget_get_ancestor (self->owner, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error (VocPipelineActions *self,
            const char         *format,
            const GError       *error)
{
  g_autofree char *escaped = g_markup_escape_text (error->message, -1);

  show_toast (self, adw_toast_new_format (format, escaped));
}

static gboolean
has_overlay (VocPipelineActions *self)
{
  return self->owner != NULL &&
         gtk_widget_get_ancestor (self->owner, ADW_TYPE_TOAST_OVERLAY) != NULL;
}

static gboolean
filter_event (gpointer item,
              gpointer user_data)
{
  VocPipelineActions *self = user_data;

  return !VOC_IS_EVENT (item) ||
         !voc_pipeline_actions_is_deleting (self, voc_entity_get_id (VOC_ENTITY (item)));
}

static void
deletes_changed (VocPipelineActions *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_signal_emit (self, signals[DELETES_CHANGED], 0);
}

static gboolean
remove_deleting (VocPipelineActions *self,
                 gint64              id)
{
  for (guint i = 0; i < self->deleting->len; i++)
    if (g_array_index (self->deleting, gint64, i) == id)
      {
        g_array_remove_index (self->deleting, i);
        return TRUE;
      }

  return FALSE;
}

static void
commit_delete (VocPipelineActions *self,
               gint64              id)
{
  g_autoptr(VocEvent) event = NULL;
  g_autoptr(GError) error = NULL;

  if (!remove_deleting (self, id))
    return;

  if (self->repository != NULL)
    {
      event = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_EVENT, id, &error);
      /* Gone already (deleted from another window): nothing left to do. */
      if (event != NULL &&
          !voc_pipeline_repository_delete_event (self->repository, event, &error))
        {
          g_warning ("Cannot delete event %" G_GINT64_FORMAT ": %s", id, error->message);
          show_error (self, _("Cannot delete the event: %s"), error);
        }
    }

  deletes_changed (self);
}

static void
on_undo_delete_event_cb (AdwToast      *toast,
                         PendingDelete *pending)
{
  g_autoptr(VocPipelineActions) self = g_weak_ref_get (&pending->actions);

  if (self != NULL && remove_deleting (self, pending->id))
    deletes_changed (self);
}

static void
on_delete_event_toast_dismissed_cb (AdwToast      *toast,
                                    PendingDelete *pending)
{
  g_autoptr(VocPipelineActions) self = g_weak_ref_get (&pending->actions);

  if (self != NULL)
    commit_delete (self, pending->id);
}

static void
on_undo_delete_task_cb (AdwToast      *toast,
                        PendingDelete *pending)
{
  g_autoptr(VocPipelineActions) self = g_weak_ref_get (&pending->actions);
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GError) error = NULL;

  if (self == NULL || self->repository == NULL)
    return;

  task = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_TASK, pending->id,
                              &error);
  if (task == NULL || !voc_pipeline_repository_restore_task (self->repository, task, &error))
    show_error (self, _("Cannot restore the task: %s"), error);
}

static gboolean
on_window_close_request_cb (VocPipelineActions *self,
                            GtkWindow          *window)
{
  /* The deletes still offering their Undo happen now. */
  voc_pipeline_actions_commit_deletes (self);

  return GDK_EVENT_PROPAGATE;
}

static void
voc_pipeline_actions_dispose (GObject *object)
{
  VocPipelineActions *self = VOC_PIPELINE_ACTIONS (object);

  /* The page goes: it was the last moment for the deletes waiting for their Undo. */
  voc_pipeline_actions_commit_deletes (self);

  voc_pipeline_actions_set_window (self, NULL);
  g_clear_weak_pointer (&self->owner);
  g_clear_weak_pointer (&self->undo_toast);
  /* A filtered list may outlive us: it shows everything from now on. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->repository);

  G_OBJECT_CLASS (voc_pipeline_actions_parent_class)->dispose (object);
}

static void
voc_pipeline_actions_finalize (GObject *object)
{
  VocPipelineActions *self = VOC_PIPELINE_ACTIONS (object);

  g_clear_pointer (&self->deleting, g_array_unref);

  G_OBJECT_CLASS (voc_pipeline_actions_parent_class)->finalize (object);
}

static void
voc_pipeline_actions_class_init (VocPipelineActionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_pipeline_actions_dispose;
  object_class->finalize = voc_pipeline_actions_finalize;

  /**
   * VocPipelineActions::deletes-changed:
   *
   * An event was hidden for its delete, brought back by Undo, or deleted for good.
   */
  signals[DELETES_CHANGED] =
    g_signal_new ("deletes-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 0);
}

static void
voc_pipeline_actions_init (VocPipelineActions *self)
{
  self->deleting = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filter = gtk_custom_filter_new (filter_event, self, NULL);
}

/**
 * voc_pipeline_actions_new:
 * @owner: the page whose toast overlay shows the toasts
 */
VocPipelineActions *
voc_pipeline_actions_new (GtkWidget *owner)
{
  VocPipelineActions *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);

  self = g_object_new (VOC_TYPE_PIPELINE_ACTIONS, NULL);
  g_set_weak_pointer (&self->owner, owner);

  return self;
}

/**
 * voc_pipeline_actions_get_repository:
 *
 * Returns: (transfer none) (nullable): where the tasks and events are
 */
VocPipelineRepository *
voc_pipeline_actions_get_repository (VocPipelineActions *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_ACTIONS (self), NULL);

  return self->repository;
}

/**
 * voc_pipeline_actions_set_repository:
 * @repository: (nullable): where the tasks and events are
 *
 * The deletes waiting for their Undo belong to the database they were made in: another
 * database commits them first.
 */
void
voc_pipeline_actions_set_repository (VocPipelineActions    *self,
                                     VocPipelineRepository *repository)
{
  VocDatabase *before = NULL;
  VocDatabase *after = NULL;

  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));
  g_return_if_fail (repository == NULL || VOC_IS_PIPELINE_REPOSITORY (repository));

  if (self->repository != NULL)
    before = voc_repository_get_database (VOC_REPOSITORY (self->repository));
  if (repository != NULL)
    after = voc_repository_get_database (VOC_REPOSITORY (repository));
  if (before != after)
    voc_pipeline_actions_commit_deletes (self);

  g_set_object (&self->repository, repository);
}

/**
 * voc_pipeline_actions_set_window:
 * @window: (nullable): the window the page is in: closing it commits the deletes
 */
void
voc_pipeline_actions_set_window (VocPipelineActions *self,
                                 GtkWindow          *window)
{
  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));
  g_return_if_fail (window == NULL || GTK_IS_WINDOW (window));

  if (self->window == window)
    return;

  if (self->window != NULL)
    g_signal_handlers_disconnect_by_func (self->window, on_window_close_request_cb, self);
  g_set_weak_pointer (&self->window, window);
  if (window != NULL)
    g_signal_connect_object (window, "close-request", G_CALLBACK (on_window_close_request_cb),
                             self, G_CONNECT_SWAPPED);
}

/**
 * voc_pipeline_actions_find:
 * @type: %VOC_TYPE_TASK or %VOC_TYPE_EVENT
 *
 * Returns: (transfer full) (nullable): the item, or %NULL after a toast saying why
 */
gpointer
voc_pipeline_actions_find (VocPipelineActions *self,
                           GType               type,
                           gint64              id)
{
  g_autoptr(GError) error = NULL;
  gpointer item;

  g_return_val_if_fail (VOC_IS_PIPELINE_ACTIONS (self), NULL);

  if (self->repository == NULL)
    return NULL;

  item = voc_repository_find (VOC_REPOSITORY (self->repository), type, id, &error);
  if (item == NULL)
    show_error (self, type == VOC_TYPE_EVENT ? _("Cannot find the event: %s")
                                             : _("Cannot find the task: %s"), error);

  return item;
}

/**
 * voc_pipeline_actions_complete_task:
 * @done_at: when it was done
 */
void
voc_pipeline_actions_complete_task (VocPipelineActions *self,
                                    gint64              id,
                                    GDateTime          *done_at)
{
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));
  g_return_if_fail (done_at != NULL);

  task = voc_pipeline_actions_find (self, VOC_TYPE_TASK, id);
  if (task != NULL &&
      !voc_pipeline_repository_complete_task (self->repository, task, done_at, &error))
    show_error (self, _("Cannot complete the task: %s"), error);
}

/**
 * voc_pipeline_actions_snooze_task:
 * @until: when it is due again
 */
void
voc_pipeline_actions_snooze_task (VocPipelineActions *self,
                                  gint64              id,
                                  GDateTime          *until)
{
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));
  g_return_if_fail (until != NULL);

  task = voc_pipeline_actions_find (self, VOC_TYPE_TASK, id);
  if (task != NULL &&
      !voc_pipeline_repository_snooze_task (self->repository, task, until, &error))
    show_error (self, _("Cannot snooze the task: %s"), error);
}

/**
 * voc_pipeline_actions_delete_task:
 *
 * Deletes a task at once, softly, with a toast whose Undo restores it.
 */
void
voc_pipeline_actions_delete_task (VocPipelineActions *self,
                                  gint64              id)
{
  g_autoptr(VocTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PendingDelete *pending;
  AdwToast *toast;

  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));

  task = voc_pipeline_actions_find (self, VOC_TYPE_TASK, id);
  if (task == NULL)
    return;

  if (!voc_pipeline_repository_delete_task (self->repository, task, &error))
    {
      show_error (self, _("Cannot delete the task: %s"), error);
      return;
    }

  toast = adw_toast_new (_("Task deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  pending = g_new0 (PendingDelete, 1);
  g_weak_ref_init (&pending->actions, self);
  pending->id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_task_cb), pending,
                         pending_delete_free, 0);
  g_set_weak_pointer (&self->undo_toast, toast);
  show_toast (self, toast);
}

/**
 * voc_pipeline_actions_delete_event:
 *
 * Hides an event from the filtered lists at once and offers Undo in a toast; the event is
 * deleted, with its reminders, when the Undo is no longer offered.
 */
void
voc_pipeline_actions_delete_event (VocPipelineActions *self,
                                   gint64              id)
{
  PendingDelete *pending;
  AdwToast *toast;

  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));

  if (self->repository == NULL || voc_pipeline_actions_is_deleting (self, id))
    return;

  g_array_append_val (self->deleting, id);
  if (!has_overlay (self))
    {
      commit_delete (self, id);
      return;
    }
  deletes_changed (self);

  toast = adw_toast_new (_("Event deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  pending = g_new0 (PendingDelete, 1);
  g_weak_ref_init (&pending->actions, self);
  pending->id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_delete_event_cb), pending,
                         NULL, 0);
  /* The data goes with the toast. */
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (on_delete_event_toast_dismissed_cb),
                         pending, pending_delete_free, G_CONNECT_AFTER);
  g_set_weak_pointer (&self->undo_toast, toast);
  show_toast (self, toast);
}

/**
 * voc_pipeline_actions_is_deleting:
 *
 * Returns: whether the event is hidden, waiting for its delete
 */
gboolean
voc_pipeline_actions_is_deleting (VocPipelineActions *self,
                                  gint64              event_id)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_ACTIONS (self), FALSE);

  for (guint i = 0; self->deleting != NULL && i < self->deleting->len; i++)
    if (g_array_index (self->deleting, gint64, i) == event_id)
      return TRUE;

  return FALSE;
}

/**
 * voc_pipeline_actions_commit_deletes:
 *
 * Deletes for good the events whose Undo is still offered.
 */
void
voc_pipeline_actions_commit_deletes (VocPipelineActions *self)
{
  g_return_if_fail (VOC_IS_PIPELINE_ACTIONS (self));

  while (self->deleting != NULL && self->deleting->len > 0)
    commit_delete (self, g_array_index (self->deleting, gint64, 0));
}

/**
 * voc_pipeline_actions_filter_events:
 * @events: (transfer none): a list of #VocEvent
 *
 * Returns: (transfer full): @events without those waiting for their delete
 */
GListModel *
voc_pipeline_actions_filter_events (VocPipelineActions *self,
                                    GListModel         *events)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_ACTIONS (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (events), NULL);

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (events),
                                                  g_object_ref (GTK_FILTER (self->filter))));
}

/**
 * voc_pipeline_actions_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the last toast offering an Undo, while it is shown
 */
AdwToast *
voc_pipeline_actions_get_undo_toast (VocPipelineActions *self)
{
  g_return_val_if_fail (VOC_IS_PIPELINE_ACTIONS (self), NULL);

  return self->undo_toast;
}
