/* voc-event-editor.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-event-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-event-editor-private.h"
#include "voc-pipeline-form.h"
#include "voc-pipeline-tasks.h"

/*
 * The dialog that adds an event or edits one, copy-edit-commit like the task editor: Save
 * reads the rows into a copy and writes it through voc_pipeline_repository_save_event(),
 * which checks that it ends after it starts and that its reminder offsets read; only then
 * is the copy assigned back to the event.
 *
 * Reminders are toggles for the usual offsets; an offset the event already had that is not
 * among them (an invitation's 15 minutes) is kept as it is.
 */

#define DEFAULT_START_HOUR 10

static const gint64 reminder_minutes[] = { 7 * 24 * 60, 24 * 60, 2 * 60, 30, 10 };

struct _VocEventEditor
{
  AdwWindow              parent_instance;

  /* Template widgets */
  AdwWindowTitle        *window_title;
  GtkRevealer           *error_revealer;
  GtkLabel              *error_label;
  AdwEntryRow           *title_row;
  AdwComboRow           *kind_row;
  AdwEntryRow           *start_date_row;
  AdwEntryRow           *start_time_row;
  AdwEntryRow           *end_date_row;
  AdwEntryRow           *end_time_row;
  GtkBox                *reminders_box;
  AdwEntryRow           *location_row;
  AdwEntryRow           *meeting_row;
  AdwComboRow           *application_row;
  AdwEntryRow           *notes_row;

  GtkWidget             *reminder_toggles[G_N_ELEMENTS (reminder_minutes)];
  VocPipelineRepository *repository;
  VocEvent              *event;
  GArray                *application_ids;   /* gint64, one per row of application_row */
};

G_DEFINE_FINAL_TYPE (VocEventEditor, voc_event_editor, ADW_TYPE_WINDOW)

static void
clear_errors (VocEventEditor *self)
{
  GtkWidget *rows[] = {
    GTK_WIDGET (self->title_row), GTK_WIDGET (self->start_date_row),
    GTK_WIDGET (self->start_time_row), GTK_WIDGET (self->end_date_row),
    GTK_WIDGET (self->end_time_row),
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    gtk_widget_remove_css_class (rows[i], "error");
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);
}

static void
show_message (VocEventEditor *self,
              GtkWidget      *row,
              const char     *message)
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
on_changed_cb (VocEventEditor *self,
               GtkEditable    *editable)
{
  gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
}

static void
on_entry_activated_cb (VocEventEditor *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "editor.save", NULL);
}

static char *
stripped_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Reads a date row and a time row as a UTC time; on a field that does not read, marks it
 * and says which. */
static GDateTime *
read_time (VocEventEditor  *self,
           AdwEntryRow     *date_row,
           const char      *date_field,
           AdwEntryRow     *time_row,
           const char      *time_field,
           GError         **error)
{
  g_autofree char *date = stripped_text (date_row);
  g_autofree char *time = stripped_text (time_row);
  g_autofree char *message = NULL;
  g_autoptr(GDateTime) local = NULL;
  int year, month, day, hour, minute;

  if (!voc_pipeline_form_parse_date (date, &year, &month, &day))
    {
      /* TRANSLATORS: "Start date: “tomorrow” is not a date like 2026-11-24" */
      message = g_strdup_printf (_("%s: “%s” is not a date like 2026-11-24"), date_field, date);
      show_message (self, GTK_WIDGET (date_row), message);
    }
  else if (!voc_pipeline_form_parse_time (time, &hour, &minute))
    {
      /* TRANSLATORS: "End time: “25:00” is not a time of day like 17:00" */
      message = g_strdup_printf (_("%s: “%s” is not a time of day like 17:00"), time_field, time);
      show_message (self, GTK_WIDGET (time_row), message);
    }
  else if ((local = g_date_time_new_local (year, month, day, hour, minute, 0)) == NULL)
    {
      /* TRANSLATORS: %s is "Start time" or "End time" */
      message = g_strdup_printf (_("%s: this time does not exist on that day"), time_field);
      show_message (self, GTK_WIDGET (time_row), message);
    }

  if (message != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "event: %s", message);
      return NULL;
    }

  return g_date_time_to_utc (local);
}

static gboolean
is_preset (gint64 minutes)
{
  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    if (reminder_minutes[i] == minutes)
      return TRUE;

  return FALSE;
}

static char *
read_reminders (VocEventEditor *self)
{
  g_autoptr(GArray) minutes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) old = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->reminder_toggles[i])))
      g_array_append_val (minutes, reminder_minutes[i]);

  if (self->event != NULL)
    old = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (self->event), NULL);
  for (guint i = 0; old != NULL && i < old->len; i++)
    if (!is_preset (g_array_index (old, gint64, i)))
      g_array_append_val (minutes, g_array_index (old, gint64, i));

  if (minutes->len == 0)
    return NULL;

  return voc_reminder_offsets_to_json ((const gint64 *) (gpointer) minutes->data, minutes->len);
}

static void
set_optional (VocEvent    *event,
              void       (*setter) (VocEvent *, const char *),
              AdwEntryRow *row)
{
  g_autofree char *text = stripped_text (row);

  setter (event, *text != '\0' ? text : NULL);
}

/**
 * voc_event_editor_save:
 *
 * Writes what the form says and closes the dialog. On a field that does not read, an end
 * before the start, or an event the store refuses, the dialog stays with the message shown
 * and nothing is written.
 */
gboolean
voc_event_editor_save (VocEventEditor  *self,
                       GError         **error)
{
  g_autoptr(VocEvent) copy = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reminders = NULL;
  guint selected;

  g_return_val_if_fail (VOC_IS_EVENT_EDITOR (self), FALSE);

  clear_errors (self);
  title = stripped_text (self->title_row);
  if (*title == '\0')
    {
      show_message (self, GTK_WIDGET (self->title_row), _("Title: say what the event is"));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "event.title: empty");
      return FALSE;
    }

  starts = read_time (self, self->start_date_row, _("Start date"), self->start_time_row,
                      _("Start time"), error);
  if (starts == NULL)
    return FALSE;
  ends = read_time (self, self->end_date_row, _("End date"), self->end_time_row, _("End time"),
                    error);
  if (ends == NULL)
    return FALSE;
  if (g_date_time_compare (ends, starts) <= 0)
    {
      show_message (self, GTK_WIDGET (self->end_time_row),
                    _("End time: the end must be after the start"));
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "event.ends_at: the end must be after the start");
      return FALSE;
    }

  copy = self->event != NULL ? VOC_EVENT (voc_entity_copy (VOC_ENTITY (self->event)))
                             : voc_event_new ();
  voc_event_set_title (copy, title);
  voc_event_set_kind (copy, (VocEventKind) adw_combo_row_get_selected (self->kind_row));
  voc_event_set_starts_at (copy, starts);
  voc_event_set_ends_at (copy, ends);
  set_optional (copy, voc_event_set_location, self->location_row);
  set_optional (copy, voc_event_set_meeting_url, self->meeting_row);
  set_optional (copy, voc_event_set_notes, self->notes_row);
  reminders = read_reminders (self);
  voc_event_set_reminder_offsets (copy, reminders);
  selected = adw_combo_row_get_selected (self->application_row);
  voc_event_set_application_id (copy, selected < self->application_ids->len
                                        ? g_array_index (self->application_ids, gint64, selected)
                                        : 0);

  if (!voc_pipeline_repository_save_event (self->repository, copy, &local_error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot save the event: %s"),
                                                  local_error->message);

      show_message (self, NULL, message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (self->event != NULL)
    voc_entity_assign (VOC_ENTITY (self->event), VOC_ENTITY (copy));
  else
    self->event = g_steal_pointer (&copy);

  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_autoptr(GError) error = NULL;

  if (!voc_event_editor_save (VOC_EVENT_EDITOR (widget), &error))
    g_debug ("Event not saved: %s", error->message);
}

static void
set_time_rows (AdwEntryRow *date_row,
               AdwEntryRow *time_row,
               GDateTime   *utc)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (utc);
  g_autofree char *date = g_date_time_format (local, "%Y-%m-%d");
  g_autofree char *time = g_date_time_format (local, "%H:%M");

  gtk_editable_set_text (GTK_EDITABLE (date_row), date);
  gtk_editable_set_text (GTK_EDITABLE (time_row), time);
}

static void
fill_form (VocEventEditor *self,
           gint64          application_id)
{
  g_autoptr(GtkStringList) labels = NULL;
  g_autoptr(GDateTime) starts = NULL;
  g_autoptr(GDateTime) ends = NULL;
  g_autoptr(GArray) offsets = NULL;
  guint selected = 0;

  if (self->event != NULL)
    {
      VocEvent *event = self->event;

      application_id = voc_event_get_application_id (event);
      starts = g_date_time_ref (voc_event_get_starts_at (event));
      ends = voc_event_get_ends_at (event) != NULL ? g_date_time_ref (voc_event_get_ends_at (event))
                                                   : g_date_time_add_hours (starts, 1);
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), voc_event_get_title (event));
      adw_combo_row_set_selected (self->kind_row, voc_event_get_kind (event));
      if (voc_event_get_location (event) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->location_row), voc_event_get_location (event));
      if (voc_event_get_meeting_url (event) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->meeting_row), voc_event_get_meeting_url (event));
      if (voc_event_get_notes (event) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->notes_row), voc_event_get_notes (event));
      offsets = voc_reminder_offsets_parse (voc_event_get_reminder_offsets (event), NULL);
      adw_window_title_set_title (self->window_title, _("Edit Event"));
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autoptr(GDateTime) today = g_date_time_new_local (g_date_time_get_year (now),
                                                          g_date_time_get_month (now),
                                                          g_date_time_get_day_of_month (now),
                                                          DEFAULT_START_HOUR, 0, 0);

      /* Tomorrow morning, an hour long, reminded the day before and half an hour before. */
      starts = g_date_time_add_days (today, 1);
      ends = g_date_time_add_hours (starts, 1);
      offsets = voc_reminder_offsets_parse ("[1440, 30]", NULL);
      adw_window_title_set_title (self->window_title, _("New Event"));
    }

  set_time_rows (self->start_date_row, self->start_time_row, starts);
  set_time_rows (self->end_date_row, self->end_time_row, ends);
  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    for (guint j = 0; offsets != NULL && j < offsets->len; j++)
      if (g_array_index (offsets, gint64, j) == reminder_minutes[i])
        gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->reminder_toggles[i]), TRUE);

  labels = voc_pipeline_form_list_applications (self->repository, self->application_ids,
                                                application_id, &selected);
  adw_combo_row_set_model (self->application_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->application_row, selected);
  clear_errors (self);
}

static void
voc_event_editor_dispose (GObject *object)
{
  VocEventEditor *self = VOC_EVENT_EDITOR (object);

  g_clear_object (&self->event);
  g_clear_object (&self->repository);
  g_clear_pointer (&self->application_ids, g_array_unref);

  G_OBJECT_CLASS (voc_event_editor_parent_class)->dispose (object);
}

static void
voc_event_editor_class_init (VocEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_event_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, start_date_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, start_time_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, end_date_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, end_time_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, reminders_box);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, meeting_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, application_row);
  gtk_widget_class_bind_template_child (widget_class, VocEventEditor, notes_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
voc_event_editor_init (VocEventEditor *self)
{
  const char *labels[] = {
    /* TRANSLATORS: reminder offsets, before an event's start; keep them short */
    N_("1 week"), N_("1 day"), N_("2 hours"), N_("30 min"), N_("10 min"),
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == G_N_ELEMENTS (reminder_minutes));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->application_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    {
      g_autofree char *tooltip = g_strdup_printf (_("Remind %s before"), _(labels[i]));

      self->reminder_toggles[i] = gtk_toggle_button_new_with_label (_(labels[i]));
      gtk_widget_set_tooltip_text (self->reminder_toggles[i], tooltip);
      gtk_box_append (self->reminders_box, self->reminder_toggles[i]);
    }
}

/**
 * voc_event_editor_new:
 * @database: where the event is written
 * @event: (nullable): the event to edit, or %NULL for a new one
 * @application_id: for a new event, the application it is linked to at first, or 0
 *
 * Returns: (transfer full): a new dialog, not shown
 */
VocEventEditor *
voc_event_editor_new (VocDatabase *database,
                      VocEvent    *event,
                      gint64       application_id)
{
  VocEventEditor *self;

  g_return_val_if_fail (VOC_IS_DATABASE (database), NULL);
  g_return_val_if_fail (event == NULL || VOC_IS_EVENT (event), NULL);

  self = g_object_new (VOC_TYPE_EVENT_EDITOR, NULL);
  self->repository = voc_pipeline_repository_new (database);
  self->event = event != NULL ? g_object_ref (event) : NULL;
  fill_form (self, application_id);

  return self;
}

/**
 * voc_event_editor_get_event:
 *
 * Returns: (transfer none) (nullable): the event edited, or the one added once saved
 */
VocEvent *
voc_event_editor_get_event (VocEventEditor *self)
{
  g_return_val_if_fail (VOC_IS_EVENT_EDITOR (self), NULL);

  return self->event;
}

GtkWidget *
voc_event_editor_get_row (VocEventEditor *self,
                          const char     *name)
{
  struct
  {
    const char *name;
    gpointer    row;
  } rows[] = {
    { "title", self->title_row },
    { "kind", self->kind_row },
    { "start-date", self->start_date_row },
    { "start-time", self->start_time_row },
    { "end-date", self->end_date_row },
    { "end-time", self->end_time_row },
    { "location", self->location_row },
    { "meeting", self->meeting_row },
    { "application", self->application_row },
    { "notes", self->notes_row },
  };

  g_return_val_if_fail (VOC_IS_EVENT_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (name, rows[i].name))
      return rows[i].row;

  g_return_val_if_reached (NULL);
}

GtkWidget *
voc_event_editor_get_reminder (VocEventEditor *self,
                               gint64          minutes)
{
  g_return_val_if_fail (VOC_IS_EVENT_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (reminder_minutes); i++)
    if (reminder_minutes[i] == minutes)
      return self->reminder_toggles[i];

  g_return_val_if_reached (NULL);
}

const char *
voc_event_editor_get_message (VocEventEditor *self)
{
  g_return_val_if_fail (VOC_IS_EVENT_EDITOR (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer)
           ? gtk_label_get_label (self->error_label) : NULL;
}
