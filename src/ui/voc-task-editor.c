/* voc-task-editor.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-task-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-pipeline-form.h"
#include "voc-task-editor-private.h"

/*
 * The dialog that adds a task or edits one, copy-edit-commit: the rows are filled from the
 * task, and Save reads them into a copy, checks it and writes it in one statement; only
 * then is the copy assigned back to the task. Cancel (or Escape) drops everything.
 *
 * The due date and time are typed as text ("2026-11-24", "17:00") in local time; a field
 * that does not read is marked and named in the message, and nothing is written.
 *
 * Editing a suggested task makes it the user's: the store sees a row whose updated_at
 * differs from its created_at as touched, and rules no longer remove it.
 */

#define DEFAULT_DUE_HOUR 17

struct _VocTaskEditor
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  AdwEntryRow           *title_row;
  AdwComboRow           *kind_row;
  AdwComboRow           *priority_row;
  AdwEntryRow           *date_row;
  AdwEntryRow           *time_row;
  AdwComboRow           *application_row;
  AdwEntryRow           *notes_row;

  VocPipelineRepository *repository;
  VocTask               *task;
  GArray                *application_ids;   /* gint64, one per row of application_row */
};

G_DEFINE_FINAL_TYPE (VocTaskEditor, voc_task_editor, ADW_TYPE_WINDOW)

static void
clear_errors (VocTaskEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->date_row), GTK_WIDGET (self->time_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
show_message (VocTaskEditor *self,
              GtkWidget     *row,
              const char    *message)
{
  if (row != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_widget_grab_focus (row);
    }
  gtk_label_set_label (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
}

static void
on_changed_cb (VocTaskEditor *self,
               GtkEditable   *editable)
{
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Reads the rows into @copy; on a field that does not read, marks it and says why. */
static gboolean
read_form (VocTaskEditor *self,
           VocTask       *copy,
           GError       **error)
{
  g_autofree char *title = stripped_text (self->title_row);
  g_autofree char *date = stripped_text (self->date_row);
  g_autofree char *time = stripped_text (self->time_row);
  g_autofree char *notes = stripped_text (self->notes_row);
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) due = NULL;
  guint selected;
  int year, month, day, hour, minute;

  if (*title == '\0')
    {
      show_message (self, GTK_WIDGET (self->title_row), _("Title: say what there is to do"));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "task.title: empty");
      return FALSE;
    }

  if (!voc_pipeline_form_parse_date (date, &year, &month, &day))
    {
      /* TRANSLATORS: %s is what the user typed in the due date field */
      g_autofree char *message = g_strdup_printf (_("Due date: “%s” is not a date like 2026-11-24"),
                                                  date);

      show_message (self, GTK_WIDGET (self->date_row), message);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "task.due_at: %s", message);
      return FALSE;
    }

  if (!voc_pipeline_form_parse_time (time, &hour, &minute))
    {
      /* TRANSLATORS: %s is what the user typed in the due time field */
      g_autofree char *message = g_strdup_printf (_("Due time: “%s” is not a time of day like 17:00"),
                                                  time);

      show_message (self, GTK_WIDGET (self->time_row), message);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "task.due_at: %s", message);
      return FALSE;
    }

  local = g_date_time_new_local (year, month, day, hour, minute, 0);
  if (local == NULL)
    {
      const char *message = _("Due time: this time does not exist on that day");

      show_message (self, GTK_WIDGET (self->time_row), message);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "task.due_at: %s", message);
      return FALSE;
    }
  due = g_date_time_to_utc (local);

  voc_task_set_title (copy, title);
  voc_task_set_kind (copy, (VocTaskKind) adw_combo_row_get_selected (self->kind_row));
  voc_task_set_priority (copy, adw_combo_row_get_selected (self->priority_row));
  /* A new due time also ends a snooze of the old one. */
  if (voc_task_get_due_at (copy) == NULL || !g_date_time_equal (voc_task_get_due_at (copy), due))
    voc_task_set_snoozed_until (copy, NULL);
  voc_task_set_due_at (copy, due);
  voc_task_set_notes (copy, *notes != '\0' ? notes : NULL);

  selected = adw_combo_row_get_selected (self->application_row);
  voc_task_set_application_id (copy, selected < self->application_ids->len
                                       ? g_array_index (self->application_ids, gint64, selected)
                                       : 0);

  return TRUE;
}

/**
 * voc_task_editor_save:
 *
 * Writes what the form says, in one statement, and closes the dialog. On a field that does
 * not read or a task the store refuses, the dialog stays with the message shown and nothing
 * is written.
 */
gboolean
voc_task_editor_save (VocTaskEditor  *self,
                      GError        **error)
{
  g_autoptr(VocTask) copy = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  g_return_val_if_fail (VOC_IS_TASK_EDITOR (self), FALSE);

  clear_errors (self);
  copy = self->task != NULL ? VOC_TASK (voc_entity_copy (VOC_ENTITY (self->task))) : voc_task_new ();
  if (!read_form (self, copy, error))
    return FALSE;

  if (!voc_entity_validate (VOC_ENTITY (copy), &local_error))
    ok = FALSE;
  else if (voc_entity_get_id (VOC_ENTITY (copy)) > 0)
    ok = voc_repository_update (VOC_REPOSITORY (self->repository), copy, &local_error);
  else
    ok = voc_repository_insert (VOC_REPOSITORY (self->repository), copy, &local_error);

  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot save the task: %s"),
                                                  local_error->message);

      show_message (self, NULL, message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->task != NULL)
    voc_entity_assign (VOC_ENTITY (self->task), VOC_ENTITY (copy));
  else
    self->task = g_steal_pointer (&copy);

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!voc_task_editor_save (VOC_TASK_EDITOR (widget), &error))
    g_debug ("Task not saved: %s", error->message);
}

static void
on_entry_activated_cb (VocTaskEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static void
fill_applications (VocTaskEditor *self,
                   gint64         selected_id)
{
  g_autoptr(GtkStringList) labels = NULL;
  guint selected = 0;

  labels = voc_pipeline_form_list_applications (self->repository, self->application_ids,
                                                selected_id, &selected);
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->application_row, selected);
}

static void
fill_form (VocTaskEditor *self,
           gint64         application_id)
{
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (self->task != NULL)
    {
      application_id = voc_task_get_application_id (self->task);
      due = g_date_time_to_local (voc_task_get_due_at (self->task));
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), voc_task_get_title (self->task));
      adw_combo_row_set_selected (self->kind_row, voc_task_get_kind (self->task));
      adw_combo_row_set_selected (self->priority_row, voc_task_get_priority (self->task));
      if (voc_task_get_notes (self->task) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->notes_row), voc_task_get_notes (self->task));
      adw_window_title_set_title (self->window_title, _("Edit Task"));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      /* Today at five, or tomorrow at five when that has passed. */
      due = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                   g_date_time_get_day_of_month (now), DEFAULT_DUE_HOUR, 0, 0);
      if (g_date_time_compare (due, now) <= 0)
        {
          GDateTime *tomorrow = g_date_time_add_days (due, 1);

          g_date_time_unref (due);
          due = tomorrow;
        }
      adw_combo_row_set_selected (self->kind_row, application_id > 0 ? VOC_TASK_KIND_FOLLOW_UP
                                                                      : VOC_TASK_KIND_OTHER);
      adw_combo_row_set_selected (self->priority_row, 1);
      adw_window_title_set_title (self->window_title, _("New Task"));
    }

  date = g_date_time_format (due, "%Y-%m-%d");
  time = g_date_time_format (due, "%H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), time);
  fill_applications (self, application_id);
  clear_errors (self);
}

static void
voc_task_editor_dispose (GObject *object)
{
  VocTaskEditor *self = VOC_TASK_EDITOR (object);

  g_clear_object (&self->task);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->application_ids, g_array_unref);

  G_OBJECT_CLASS (voc_task_editor_parent_class)->dispose (object);
}

static void
voc_task_editor_class_init (VocTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_task_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, priority_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, application_row);
  gtk_widget_class_bind_template_child (widget_class, VocTaskEditor, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
voc_task_editor_init (VocTaskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->application_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * voc_task_editor_new:
 * @database: where the task is written
 * @task: (nullable): the task to edit, or %NULL for a new one
 * @application_id: for a new task, the application it is linked to at first, or 0
 *
 * Returns: (transfer full): a new dialog, not shown
 */
VocTaskEditor *
voc_task_editor_new (VocDatabase *database,
                     VocTask     *task,
                     gint64       application_id)
{
  VocTaskEditor *self;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (task == NULL || VOC_IS_TASK (task), NULL);

  self = g_object_new (VOC_TYPE_TASK_EDITOR, NULL);
  self->repository = voc_pipeline_repository_new (database);
  self->task = task != NULL ? g_object_ref (task) : NULL;
  fill_form (self, application_id);

  return self;
}

/**
 * voc_task_editor_get_task:
 *
 * Returns: (transfer none) (nullable): the task edited, or the one added once saved
 */
VocTask *
voc_task_editor_get_task (VocTaskEditor *self)
{
  g_return_val_if_fail (VOC_IS_TASK_EDITOR (self), NULL);

  return self->task;
}

GtkWidget *
voc_task_editor_get_row (VocTaskEditor *self,
                         const char    *name)
{
  struct
  {
    const char *name;
    gpointer    row;
  } rows[] = {
    { "title", self->title_row },
    { "kind", self->kind_row },
    { "priority", self->priority_row },
    { "date", self->date_row },
    { "time", self->time_row },
    { "application", self->application_row },
    { "notes", self->notes_row },
  };

  g_return_val_if_fail (VOC_IS_TASK_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (name, rows[i].name))
      return rows[i].row;

  g_return_val_if_reached (NULL);
}

const char *
voc_task_editor_get_message (VocTaskEditor *self)
{
  g_return_val_if_fail (VOC_IS_TASK_EDITOR (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer)
           ? gtk_label_get_label (self->error_label) : NULL;
}
