/* voc-application-detail.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-application-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-application-detail.h"
#include "voc-date.h"
#include "voc-event-editor.h"
#include "voc-documents.h"
#include "voc-format.h"
#include "voc-letter-window.h"
#include "voc-outreach-dialog.h"
#include "voc-pipeline-actions.h"
#include "voc-pipeline-board.h"
#include "voc-pipeline-rows.h"
#include "voc-pipeline-tasks.h"
#include "voc-task-editor.h"

/*
 * One application: its stage, the dates that matter (applied, first response, offer,
 * closed), the salary offered, where it came from, notes, the resume version and cover
 * letter sent, and a timeline of everything that happened, newest first: stage changes,
 * events, tasks, outreach and documents.
 *
 * The editable fields follow copy, edit, commit: Save writes a copy of the application with
 * the form's values in one update (an amount that cannot be read marks its row and saves
 * nothing); the application shown changes when the store has it. The widget tree is built
 * here rather than in a template because the timeline's rows are made per item anyway.
 */

struct _VocApplicationDetail
{
  AdwBin                 parent_instance;

  GtkLabel              *title_label;
  GtkLabel              *company_label;
  GtkLabel              *stage_label;
  AdwActionRow          *applied_row;
  AdwActionRow          *response_row;
  AdwActionRow          *offer_row;
  AdwActionRow          *closed_row;
  AdwActionRow          *resume_row;
  AdwActionRow          *letter_row;
  AdwActionRow          *letter_open_row;
  AdwEntryRow           *source_row;
  AdwEntryRow           *salary_row;
  AdwEntryRow           *currency_row;
  GtkTextBuffer         *notes;
  GtkListBox            *timeline_list;
  GListStore            *timeline;
  GtkListBox            *tasks_list;
  GtkListBox            *events_list;
  VocEntityList         *tasks;
  VocEntityList         *events;
  GListModel            *shown_events;     /* events without those being deleted */

  VocPipelineRepository *repository;
  VocPipelineActions    *actions;
  GSignalGroup          *database_signals;
  VocJobApplication     *application;
};

G_DEFINE_FINAL_TYPE (VocApplicationDetail, voc_application_detail, ADW_TYPE_BIN)

/* An item of the timeline: when, what, and an icon. */
#define VOC_TYPE_TIMELINE_ITEM (voc_timeline_item_get_type ())
G_DECLARE_FINAL_TYPE (VocTimelineItem, voc_timeline_item, VOC, TIMELINE_ITEM, GObject)

struct _VocTimelineItem
{
  GObject    parent_instance;

  GDateTime *at;
  char      *title;
  char      *subtitle;
  char      *icon_name;
};

G_DEFINE_FINAL_TYPE (VocTimelineItem, voc_timeline_item, G_TYPE_OBJECT)

static void
voc_timeline_item_finalize (GObject *object)
{
  VocTimelineItem *self = VOC_TIMELINE_ITEM (object);

  g_clear_pointer (&self->at, g_date_time_unref);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->icon_name);

  G_OBJECT_CLASS (voc_timeline_item_parent_class)->finalize (object);
}

enum {
  ITEM_PROP_0,
  ITEM_PROP_AT,
  ITEM_PROP_TITLE,
  ITEM_PROP_SUBTITLE,
  N_ITEM_PROPS
};

static GParamSpec *item_properties[N_ITEM_PROPS];

static void
voc_timeline_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  VocTimelineItem *self = VOC_TIMELINE_ITEM (object);

  switch (prop_id)
    {
    case ITEM_PROP_AT:
      g_value_set_boxed (value, self->at);
      break;

    case ITEM_PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case ITEM_PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_timeline_item_class_init (VocTimelineItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = voc_timeline_item_finalize;
  object_class->get_property = voc_timeline_item_get_property;

  item_properties[ITEM_PROP_AT] =
    g_param_spec_boxed ("at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  item_properties[ITEM_PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_ITEM_PROPS, item_properties);
}

static void
voc_timeline_item_init (VocTimelineItem *self)
{
}

static void
add_item (GPtrArray  *items,
          GDateTime  *at,
          const char *icon_name,
          const char *subtitle,
          char       *title)
{
  VocTimelineItem *item;

  if (at == NULL)
    {
      g_free (title);
      return;
    }

  item = g_object_new (VOC_TYPE_TIMELINE_ITEM, NULL);
  item->at = g_date_time_ref (at);
  item->title = title;
  item->subtitle = g_strdup (subtitle);
  item->icon_name = g_strdup (icon_name);
  g_ptr_array_add (items, item);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  VocTimelineItem *item_a = *(VocTimelineItem **) a;
  VocTimelineItem *item_b = *(VocTimelineItem **) b;

  return g_date_time_compare (item_b->at, item_a->at);
}

static GPtrArray *
related (VocApplicationDetail *self,
         GType                 type)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *items;

  items = voc_pipeline_repository_dup_related (self->repository, type,
                                               voc_entity_get_id (VOC_ENTITY (self->application)),
                                               &error);
  if (items == NULL)
    {
      g_warning ("Cannot read the history of an application: %s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return items;
}

/* The tables whose rows the timeline shows. */
static const char * const timeline_tables[] = {
  "document", "event", "outreach", "stage_change", "task",
};

static void
build_timeline (VocApplicationDetail *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GPtrArray) tasks = NULL;
  g_autoptr(GPtrArray) outreach = NULL;
  g_autoptr(GPtrArray) documents = NULL;

  g_list_store_remove_all (self->timeline);
  if (self->application == NULL || self->repository == NULL || self->actions == NULL)
    return;

  add_item (items, voc_entity_get_created_at (VOC_ENTITY (self->application)),
            "list-add-symbolic", NULL, g_strdup (_("Application created")));

  changes = related (self, VOC_TYPE_STAGE_CHANGE);
  for (guint i = 0; i < changes->len; i++)
    {
      VocStageChange *change = g_ptr_array_index (changes, i);

      add_item (items, voc_stage_change_get_changed_at (change), "go-next-symbolic",
                voc_stage_change_get_unusual (change) ? _("Against the usual order")
                                                      : voc_stage_change_get_note (change),
                /* TRANSLATORS: a stage change in the timeline: "Applied → Screening" */
                g_strdup_printf (_("%s → %s"),
                                 voc_format_stage (voc_stage_change_get_from_stage (change)),
                                 voc_format_stage (voc_stage_change_get_to_stage (change))));
    }

  events = related (self, VOC_TYPE_EVENT);
  for (guint i = 0; i < events->len; i++)
    {
      VocEvent *event = g_ptr_array_index (events, i);

      /* Its row is hidden, waiting for the delete: so is its entry. */
      if (voc_pipeline_actions_is_deleting (self->actions, voc_entity_get_id (VOC_ENTITY (event))))
        continue;

      add_item (items, voc_event_get_starts_at (event), "x-office-calendar-symbolic",
                voc_event_get_location (event), g_strdup (voc_event_get_title (event)));
    }

  tasks = related (self, VOC_TYPE_TASK);
  for (guint i = 0; i < tasks->len; i++)
    {
      VocTask *task = g_ptr_array_index (tasks, i);
      GDateTime *done = voc_task_get_done_at (task);

      if (done != NULL)
        /* TRANSLATORS: a task in the timeline: "Done: Send the portfolio" */
        add_item (items, done, "object-select-symbolic", NULL,
                  g_strdup_printf (_("Done: %s"), voc_task_get_title (task)));
      else
        {
          GDateTime *when = voc_task_get_snoozed_until (task);
          const char *note = voc_task_get_suggested (task) ? _("Suggested") : NULL;

          /* An open task stands where it is due: a snoozed one, where the snooze ends. */
          if (when != NULL)
            note = _("Snoozed");
          else
            when = voc_task_get_due_at (task);
          if (when == NULL)
            when = voc_entity_get_created_at (VOC_ENTITY (task));

          add_item (items, when, "alarm-symbolic", note,
                    /* TRANSLATORS: an open task in the timeline: "To do: Send the portfolio" */
                    g_strdup_printf (_("To do: %s"), voc_task_get_title (task)));
        }
    }

  outreach = related (self, VOC_TYPE_OUTREACH);
  for (guint i = 0; i < outreach->len; i++)
    {
      VocOutreach *message = g_ptr_array_index (outreach, i);
      GDateTime *at = voc_outreach_get_sent_at (message);
      const char *subject = voc_outreach_get_subject (message);

      if (at == NULL)
        at = voc_entity_get_created_at (VOC_ENTITY (message));
      add_item (items, at, "mail-unread-symbolic", subject,
                g_strdup (voc_outreach_get_direction (message) == VOC_OUTREACH_DIRECTION_INBOUND
                          ? _("Message received")
                          : voc_outreach_get_status (message) == VOC_OUTREACH_STATUS_DRAFT
                          ? _("Message drafted") : _("Message sent")));
    }

  documents = related (self, VOC_TYPE_DOCUMENT);
  for (guint i = 0; i < documents->len; i++)
    {
      VocDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *version = NULL;

      /* Each saved version of the cover letter is an event of its own. */
      if (voc_document_get_kind (document) == VOC_DOCUMENT_KIND_COVER_LETTER)
        /* TRANSLATORS: a version of the cover letter in the timeline: "Cover letter, version 2" */
        version = g_strdup_printf (_("Cover letter, version %d"),
                                   (int) voc_document_get_version (document));
      add_item (items, voc_entity_get_created_at (VOC_ENTITY (document)), "text-x-generic-symbolic",
                version, g_strdup (voc_document_get_title (document)));
    }

  g_ptr_array_sort (items, compare_newest_first);
  g_list_store_splice (self->timeline, 0, 0, items->pdata, items->len);
}

static GtkWidget *
create_timeline_row (gpointer item,
                     gpointer user_data)
{
  VocTimelineItem *entry = item;
  g_autoptr(GDateTime) local = g_date_time_to_local (entry->at);
  g_autofree char *day = voc_format_date (entry->at, NULL);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autofree char *when = g_strdup_printf ("%s, %s", day, time);
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), entry->title != NULL ? entry->title : "");
  if (entry->subtitle != NULL && *entry->subtitle != '\0')
    subtitle = g_strdup_printf ("%s · %s", when, entry->subtitle);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : when);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name (entry->icon_name));

  return row;
}

static void
set_date_row (AdwActionRow *row,
              GDateTime    *date_time)
{
  g_autofree char *text = date_time != NULL ? voc_format_date (date_time, NULL) : NULL;

  adw_action_row_set_subtitle (row, text != NULL ? text : _("Not yet"));
}

/* The application's cover letter, written or not, and the button that opens it. */
static void
update_letter_open_row (VocApplicationDetail *self)
{
  g_autoptr(VocDocument) letter = NULL;
  g_autofree char *subtitle = NULL;

  if (self->repository != NULL && self->application != NULL)
    letter = voc_documents_find_letter (self->repository,
                                        voc_entity_get_id (VOC_ENTITY (self->application)), NULL);
  if (letter != NULL)
    /* TRANSLATORS: the latest version of the application's cover letter */
    subtitle = g_strdup_printf (_("Version %d"), (int) voc_document_get_version (letter));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->letter_open_row),
                                 letter != NULL ? voc_document_get_title (letter)
                                                : _("Not Written Yet"));
  adw_action_row_set_subtitle (self->letter_open_row,
                               subtitle != NULL ? subtitle
                               : _("Open it to start from a template or to write it with AI"));
}

static void
update_fields (VocApplicationDetail *self)
{
  VocJobApplication *application = self->application;
  g_autofree char *stage_class = NULL;
  g_autofree char *salary = NULL;
  const char *title, *company;
  gint64 cents;

  if (application == NULL)
    return;

  title = voc_job_application_get_posting_title (application);
  company = voc_job_application_get_company_name (application);
  gtk_label_set_label (self->title_label, title != NULL && *title ? title : _("Untitled Job"));
  gtk_label_set_label (self->company_label, company != NULL ? company : "");
  gtk_label_set_label (self->stage_label, voc_format_stage (voc_job_application_get_stage (application)));
  stage_class = g_strconcat ("stage-", voc_format_stage_nick (voc_job_application_get_stage (application)), NULL);
  gtk_widget_set_css_classes (GTK_WIDGET (self->stage_label),
                              (const char *[]) { "stage-pill", stage_class, NULL });

  set_date_row (self->applied_row, voc_job_application_get_applied_at (application));
  set_date_row (self->response_row, voc_job_application_get_first_response_at (application));
  set_date_row (self->offer_row, voc_job_application_get_offer_at (application));
  set_date_row (self->closed_row, voc_job_application_get_closed_at (application));

  gtk_widget_set_visible (GTK_WIDGET (self->resume_row),
                          voc_job_application_get_resume_version_id (application) > 0);
  if (voc_job_application_get_resume_version_id (application) > 0 && self->repository != NULL)
    {
      g_autoptr(VocResumeVersion) version =
        voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_RESUME_VERSION,
                             voc_job_application_get_resume_version_id (application), NULL);

      adw_action_row_set_subtitle (self->resume_row,
                                   version != NULL ? voc_resume_version_get_name (version) : "");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->letter_row),
                          voc_job_application_get_cover_letter_id (application) > 0);
  if (voc_job_application_get_cover_letter_id (application) > 0 && self->repository != NULL)
    {
      g_autoptr(VocDocument) letter =
        voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_DOCUMENT,
                             voc_job_application_get_cover_letter_id (application), NULL);

      g_autofree char *linked = letter != NULL
        /* TRANSLATORS: the cover letter sent: its title and version, "Letter for Acme · Version 2" */
        ? g_strdup_printf (_("%s · Version %d"), voc_document_get_title (letter),
                           (int) voc_document_get_version (letter))
        : NULL;

      adw_action_row_set_subtitle (self->letter_row, linked != NULL ? linked : "");
    }
  update_letter_open_row (self);

  gtk_editable_set_text (GTK_EDITABLE (self->source_row),
                         voc_job_application_get_source (application) != NULL
                         ? voc_job_application_get_source (application) : "");
  cents = voc_job_application_get_salary_offered_cents (application);
  salary = cents > 0 ? voc_format_amount (cents) : g_strdup ("");
  gtk_editable_set_text (GTK_EDITABLE (self->salary_row), salary);
  gtk_editable_set_text (GTK_EDITABLE (self->currency_row),
                         voc_job_application_get_salary_currency (application) != NULL
                         ? voc_job_application_get_salary_currency (application) : "");
  gtk_text_buffer_set_text (self->notes,
                            voc_job_application_get_notes (application) != NULL
                            ? voc_job_application_get_notes (application) : "", -1);
  gtk_widget_remove_css_class (GTK_WIDGET (self->salary_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  g_autoptr(GError) error = NULL;

  if (!voc_application_detail_save (self, &error) && error != NULL)
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *escaped = g_markup_escape_text (error->message, -1);

      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay),
                                     adw_toast_new_format (_("Cannot save the application: %s"),
                                                           escaped));
    }
}

static GtkWidget *
date_row (const char    *title,
          AdwActionRow **out)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "property");
  *out = ADW_ACTION_ROW (row);
  return row;
}

static GtkWidget *
entry_row (const char   *title,
           AdwEntryRow **out)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  *out = ADW_ENTRY_ROW (row);
  return row;
}

/* Tasks and events ------------------------------------------------------------------------ */

#define SNOOZE_DAYS 1

static const VocTaskRowActions task_row_actions = {
  .complete = "application.complete-task",
  .edit = "application.edit-task",
  .snooze = "application.snooze-task",
  .snooze_label = N_("Snooze for a Day"),
  .delete = "application.delete-task",
};

static const VocEventRowActions event_row_actions = {
  .edit = "application.edit-event",
  .export = NULL,
  .delete = "application.delete-event",
};

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  VocTask *task = item;
  GDateTime *due = voc_task_get_snoozed_until (task);
  g_autofree char *when = NULL;
  VocTaskRowActions actions = task_row_actions;

  if (due == NULL)
    due = voc_task_get_due_at (task);

  if (due != NULL)
    {
      g_autoptr(GDateTime) local = g_date_time_to_local (due);
      g_autofree char *day = voc_format_date (due, NULL);
      g_autofree char *time = g_date_time_format (local, "%H:%M");

      /* TRANSLATORS: when a task is due: "Due 25 Nov, 17:00" */
      when = g_strdup_printf (_("Due %s, %s"), day, time);
    }

  actions.snooze_label = _(task_row_actions.snooze_label);
  return voc_task_row_new (task, when, &actions);
}

static GtkWidget *
create_event_row (gpointer item,
                  gpointer user_data)
{
  VocEvent *event = item;
  g_autoptr(GDateTime) local = g_date_time_to_local (voc_event_get_starts_at (event));
  g_autofree char *day = voc_format_date (voc_event_get_starts_at (event), NULL);
  g_autofree char *time = g_date_time_format (local, "%H:%M");
  g_autofree char *subtitle = g_strdup_printf ("%s, %s", day, time);

  return voc_event_row_new (event, subtitle, &event_row_actions);
}

static GtkWidget *
placeholder (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

/* The application's open tasks and its events, as live lists of the store. */
static void
bind_lists (VocApplicationDetail *self)
{
  g_autofree char *tasks_where = NULL;
  g_autofree char *events_where = NULL;
  gint64 id;

  g_clear_object (&self->tasks);
  g_clear_object (&self->events);
  g_clear_object (&self->shown_events);

  if (self->repository != NULL && self->application != NULL)
    {
      id = voc_entity_get_id (VOC_ENTITY (self->application));
      tasks_where = g_strdup_printf ("t.application_id = %" G_GINT64_FORMAT " AND t.done_at IS NULL",
                                     id);
      events_where = g_strdup_printf ("t.application_id = %" G_GINT64_FORMAT, id);
      self->tasks = voc_repository_list_where (VOC_REPOSITORY (self->repository), VOC_TYPE_TASK,
                                               tasks_where,
                                               "coalesce(t.snoozed_until, t.due_at), t.id", NULL);
      self->events = voc_repository_list_where (VOC_REPOSITORY (self->repository), VOC_TYPE_EVENT,
                                                events_where, "t.starts_at, t.id", NULL);
      self->shown_events = voc_pipeline_actions_filter_events (self->actions,
                                                               G_LIST_MODEL (self->events));
    }

  gtk_list_box_bind_model (self->tasks_list,
                           self->tasks != NULL ? G_LIST_MODEL (self->tasks) : NULL,
                           create_task_row, NULL, NULL);
  gtk_list_box_bind_model (self->events_list, self->shown_events,
                           create_event_row, NULL, NULL);
}

static gpointer
find_item (VocApplicationDetail *self,
           GType                 type,
           GVariant             *parameter)
{
  return voc_pipeline_actions_find (self->actions, type, g_variant_get_int64 (parameter));
}

static void
present_editor (VocApplicationDetail *self,
                GtkWindow            *editor)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (editor, GTK_WINDOW (root));
  gtk_window_present (editor);
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  VocDatabase *database;

  if (self->repository == NULL || self->application == NULL)
    return;

  database = voc_repository_get_database (VOC_REPOSITORY (self->repository));
  present_editor (self, GTK_WINDOW (voc_task_editor_new (database, NULL,
                                                         voc_entity_get_id (VOC_ENTITY (self->application)))));
}

static void
on_message_saved_cb (VocApplicationDetail *self)
{
  build_timeline (self);
}

/* A message to a contact about this application; the timeline shows it once saved. */
static void
draft_message_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  VocOutreachDialog *dialog;

  if (self->repository == NULL || self->application == NULL)
    return;

  dialog = voc_outreach_dialog_present (GTK_WINDOW (gtk_widget_get_root (widget)),
                                        voc_repository_get_database (VOC_REPOSITORY (self->repository)),
                                        voc_entity_get_id (VOC_ENTITY (self->application)));
  if (dialog != NULL)
    g_signal_connect_object (dialog, "message-saved", G_CALLBACK (on_message_saved_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
add_event_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  VocDatabase *database;

  if (self->repository == NULL || self->application == NULL)
    return;

  database = voc_repository_get_database (VOC_REPOSITORY (self->repository));
  present_editor (self, GTK_WINDOW (voc_event_editor_new (database, NULL,
                                                          voc_entity_get_id (VOC_ENTITY (self->application)))));
}

static void
edit_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  g_autoptr(VocTask) task = find_item (self, VOC_TYPE_TASK, parameter);

  if (task != NULL)
    present_editor (self, GTK_WINDOW (voc_task_editor_new (voc_repository_get_database (VOC_REPOSITORY (self->repository)),
                                                           task, 0)));
}

static void
edit_event_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  g_autoptr(VocEvent) event = find_item (self, VOC_TYPE_EVENT, parameter);

  if (event != NULL)
    present_editor (self, GTK_WINDOW (voc_event_editor_new (voc_repository_get_database (VOC_REPOSITORY (self->repository)),
                                                            event, 0)));
}

static void
complete_task_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();

  voc_pipeline_actions_complete_task (self->actions, g_variant_get_int64 (parameter), now);
}

static void
snooze_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  g_autoptr(GDateTime) now = voc_date_time_now_utc ();
  g_autoptr(GDateTime) until = g_date_time_add_days (now, SNOOZE_DAYS);

  voc_pipeline_actions_snooze_task (self->actions, g_variant_get_int64 (parameter), until);
}

static void
delete_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);

  voc_pipeline_actions_delete_task (self->actions, g_variant_get_int64 (parameter));
}

static void
delete_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);

  voc_pipeline_actions_delete_event (self->actions, g_variant_get_int64 (parameter));
}

static GtkWidget *
header_button (const char *label,
               const char *tooltip,
               const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return button;
}

static void
on_letter_window_destroy_cb (VocApplicationDetail *self)
{
  g_autoptr(VocJobApplication) fresh = NULL;

  if (self->repository == NULL || self->application == NULL)
    return;
  fresh = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_JOB_APPLICATION,
                               voc_entity_get_id (VOC_ENTITY (self->application)), NULL);
  if (fresh != NULL)
    g_set_object (&self->application, fresh);
  update_fields (self);
  build_timeline (self);
}

static void
open_letter_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  VocLetterWindow *window;

  if (self->repository == NULL || self->application == NULL)
    return;
  window = voc_letter_window_new (self->repository, self->application);
  g_signal_connect_object (window, "destroy", G_CALLBACK (on_letter_window_destroy_cb), self,
                           G_CONNECT_SWAPPED);
  present_editor (self, GTK_WINDOW (window));
}

static GtkWidget *
build_list_group (const char  *title,
                  GtkWidget   *button,
                  const char  *empty,
                  GtkListBox **list_out)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), button);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), placeholder (empty));
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  *list_out = GTK_LIST_BOX (list);

  return group;
}

static void
build (VocApplicationDetail *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *dates = adw_preferences_group_new ();
  GtkWidget *facts = adw_preferences_group_new ();
  GtkWidget *notes_group = adw_preferences_group_new ();
  GtkWidget *notes_view = gtk_text_view_new ();
  GtkWidget *history = adw_preferences_group_new ();
  GtkWidget *row;

  gtk_widget_add_css_class (toolbar, "toolbar");
  gtk_widget_set_tooltip_text (back, _("Back to Pipeline"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Back to Pipeline"), -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "board.back");
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save), "application.save");
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_box_append (GTK_BOX (toolbar), back);
  gtk_box_append (GTK_BOX (toolbar), spacer);
  gtk_box_append (GTK_BOX (toolbar), header_button (_("Draft _Message…"),
                                                    _("Write an e-mail or a LinkedIn message to "
                                                      "someone at the company"),
                                                    "application.draft-message"));
  gtk_box_append (GTK_BOX (toolbar), save);
  gtk_box_append (GTK_BOX (page), toolbar);
  gtk_box_append (GTK_BOX (page), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));

  self->title_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title_label, TRUE);
  gtk_label_set_xalign (self->title_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->title_label), "title-2");
  self->company_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->company_label, 0);
  self->stage_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_halign (GTK_WIDGET (self->stage_label), GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->title_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->company_label));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->stage_label));
  gtk_box_append (GTK_BOX (content), header);

  /* The next steps come first. */
  gtk_box_append (GTK_BOX (content),
                  build_list_group (_("Tasks"),
                                    header_button (_("Add _Task…"),
                                                   _("Add a task for this application"),
                                                   "application.add-task"),
                                    _("No open task. Add the next step for this application."),
                                    &self->tasks_list));
  gtk_box_append (GTK_BOX (content),
                  build_list_group (_("Events"),
                                    header_button (_("Add _Event…"),
                                                   _("Add an interview, a call or a deadline"),
                                                   "application.add-event"),
                                    _("No events. Add an interview or a deadline to be reminded of it."),
                                    &self->events_list));

  /* The letter to send with it, next. */
  {
    GtkWidget *letter_group = adw_preferences_group_new ();
    GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open"));

    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (letter_group), _("Cover Letter"));
    self->letter_open_row = ADW_ACTION_ROW (adw_action_row_new ());
    adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->letter_open_row), FALSE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->letter_open_row), _("Cover Letter"));
    gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (open, _("Write, edit and export the cover letter"));
    gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "application.open-letter");
    adw_action_row_add_suffix (self->letter_open_row, open);
    adw_action_row_set_activatable_widget (self->letter_open_row, open);
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (letter_group),
                               GTK_WIDGET (self->letter_open_row));
    gtk_box_append (GTK_BOX (content), letter_group);
  }

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (dates), _("Dates"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates), date_row (_("Applied"), &self->applied_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates),
                             date_row (_("First Response"), &self->response_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates), date_row (_("Offer"), &self->offer_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates), date_row (_("Closed"), &self->closed_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates),
                             date_row (_("Resume Sent"), &self->resume_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (dates),
                             date_row (_("Cover Letter Sent"), &self->letter_row));
  gtk_box_append (GTK_BOX (content), dates);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (facts), _("Details"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (facts), entry_row (_("Source"), &self->source_row));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (facts),
                             entry_row (_("Salary Offered"), &self->salary_row));
  row = entry_row (_("Currency (ISO Code)"), &self->currency_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (facts), row);
  gtk_box_append (GTK_BOX (content), facts);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (notes_group), _("Notes"));
  self->notes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (notes_view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (notes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (notes_view), 12);
  gtk_widget_set_size_request (notes_view, -1, 96);
  gtk_widget_add_css_class (notes_view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Notes"), -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (notes_group), notes_view);
  gtk_box_append (GTK_BOX (content), notes_group);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (history), _("Timeline"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (history),
                                         _("Everything that happened, newest first"));
  self->timeline = g_list_store_new (VOC_TYPE_TIMELINE_ITEM);
  self->timeline_list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->timeline_list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->timeline_list), "boxed-list");
  gtk_list_box_bind_model (self->timeline_list, G_LIST_MODEL (self->timeline),
                           create_timeline_row, NULL, NULL);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (history), GTK_WIDGET (self->timeline_list));
  gtk_box_append (GTK_BOX (content), history);

  gtk_widget_set_margin_start (content, 18);
  gtk_widget_set_margin_end (content, 18);
  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (page), scroller);

  adw_bin_set_child (ADW_BIN (self), page);
}

static void
voc_application_detail_root (GtkWidget *widget)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (voc_application_detail_parent_class)->root (widget);

  /* Closing the window deletes the events whose Undo is still offered. */
  root = gtk_widget_get_root (widget);
  voc_pipeline_actions_set_window (self->actions, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
}

static void
voc_application_detail_unroot (GtkWidget *widget)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (widget);

  if (self->actions != NULL)
    voc_pipeline_actions_set_window (self->actions, NULL);

  GTK_WIDGET_CLASS (voc_application_detail_parent_class)->unroot (widget);
}

static void
voc_application_detail_dispose (GObject *object)
{
  VocApplicationDetail *self = VOC_APPLICATION_DETAIL (object);

  /* The events waiting for their Undo are deleted now, while the page can still follow. */
  if (self->actions != NULL)
    {
      voc_pipeline_actions_commit_deletes (self->actions);
      g_signal_handlers_disconnect_by_data (self->actions, self);
    }
  if (self->database_signals != NULL)
    g_signal_group_set_target (self->database_signals, NULL);
  g_clear_object (&self->database_signals);
  g_clear_object (&self->actions);
  g_clear_object (&self->shown_events);
  g_clear_object (&self->application);
  g_clear_object (&self->repository);
  g_clear_object (&self->timeline);
  g_clear_object (&self->tasks);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (voc_application_detail_parent_class)->dispose (object);
}

static void
voc_application_detail_class_init (VocApplicationDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_application_detail_dispose;

  widget_class->root = voc_application_detail_root;
  widget_class->unroot = voc_application_detail_unroot;

  gtk_widget_class_install_action (widget_class, "application.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "application.add-task", NULL, add_task_action);
  gtk_widget_class_install_action (widget_class, "application.add-event", NULL, add_event_action);
  gtk_widget_class_install_action (widget_class, "application.draft-message", NULL,
                                   draft_message_action);
  gtk_widget_class_install_action (widget_class, "application.open-letter", NULL,
                                   open_letter_action);
  gtk_widget_class_install_action (widget_class, "application.edit-task", "x", edit_task_action);
  gtk_widget_class_install_action (widget_class, "application.edit-event", "x", edit_event_action);
  gtk_widget_class_install_action (widget_class, "application.complete-task", "x",
                                   complete_task_action);
  gtk_widget_class_install_action (widget_class, "application.snooze-task", "x",
                                   snooze_task_action);
  gtk_widget_class_install_action (widget_class, "application.delete-task", "x",
                                   delete_task_action);
  gtk_widget_class_install_action (widget_class, "application.delete-event", "x",
                                   delete_event_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "application.save", NULL);
}

static void
voc_application_detail_init (VocApplicationDetail *self)
{
  self->actions = voc_pipeline_actions_new (GTK_WIDGET (self));
  g_signal_connect_object (self->actions, "deletes-changed", G_CALLBACK (build_timeline), self,
                           G_CONNECT_SWAPPED);

  /* A task done, snoozed or added, an event, a stage change: from here, from the Today page
   * or from a notification, the timeline tells it at once. */
  self->database_signals = g_signal_group_new (VOC_TYPE_DATABASE);
  for (guint i = 0; i < G_N_ELEMENTS (timeline_tables); i++)
    {
      g_autofree char *detailed = g_strconcat ("rows-changed::", timeline_tables[i], NULL);

      g_signal_group_connect_swapped (self->database_signals, detailed,
                                      G_CALLBACK (build_timeline), self);
    }

  build (self);
}

GtkWidget *
voc_application_detail_new (void)
{
  return g_object_new (VOC_TYPE_APPLICATION_DETAIL, NULL);
}

/**
 * voc_application_detail_show:
 *
 * Shows @application, its form filled from it and its timeline read from @repository.
 */
void
voc_application_detail_show (VocApplicationDetail  *self,
                             VocPipelineRepository *repository,
                             VocJobApplication     *application)
{
  g_return_if_fail (VOC_IS_APPLICATION_DETAIL (self));
  g_return_if_fail (VOC_IS_PIPELINE_REPOSITORY (repository));
  g_return_if_fail (VOC_IS_JOB_APPLICATION (application));

  g_set_object (&self->repository, repository);
  /* The events waiting for their Undo are deleted in the database they came from. */
  voc_pipeline_actions_set_repository (self->actions, repository);
  g_signal_group_set_target (self->database_signals,
                             voc_repository_get_database (VOC_REPOSITORY (repository)));
  g_set_object (&self->application, application);
  update_fields (self);
  build_timeline (self);
  bind_lists (self);
}

/**
 * voc_application_detail_get_application:
 *
 * Returns: (transfer none) (nullable): the application shown
 */
VocJobApplication *
voc_application_detail_get_application (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return self->application;
}

/**
 * voc_application_detail_get_timeline:
 *
 * Returns: (transfer none): the timeline's items, newest first
 */
GListModel *
voc_application_detail_get_timeline (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return G_LIST_MODEL (self->timeline);
}

/**
 * voc_application_detail_save:
 *
 * Writes the form into a copy of the application and stores it in one update. An amount
 * that cannot be read, or a currency that is not three letters, marks its row and stores
 * nothing (returns %FALSE without an error: the row says it).
 */
gboolean
voc_application_detail_save (VocApplicationDetail  *self,
                             GError               **error)
{
  g_autoptr(VocJobApplication) copy = NULL;
  g_autofree char *source = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *currency = NULL;
  GtkTextIter start, end;
  gint64 cents = -1;
  gboolean valid = TRUE;

  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), FALSE);

  if (self->application == NULL || self->repository == NULL)
    return FALSE;

  if (!voc_format_parse_amount (gtk_editable_get_text (GTK_EDITABLE (self->salary_row)), &cents))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->salary_row), "error");
      valid = FALSE;
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->salary_row), "error");

  currency = g_ascii_strup (g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->currency_row)))), -1);
  if (*currency != '\0' &&
      (strlen (currency) != 3 || !g_ascii_isalpha (currency[0]) || !g_ascii_isalpha (currency[1]) ||
       !g_ascii_isalpha (currency[2])))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->currency_row), "error");
      valid = FALSE;
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->currency_row), "error");

  if (!valid)
    return FALSE;

  source = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->source_row))));
  gtk_text_buffer_get_bounds (self->notes, &start, &end);
  notes = gtk_text_buffer_get_text (self->notes, &start, &end, FALSE);

  copy = VOC_JOB_APPLICATION (voc_entity_copy (VOC_ENTITY (self->application)));
  voc_job_application_set_source (copy, *source != '\0' ? source : NULL);
  /* -1 is no amount (NULL). */
  voc_job_application_set_salary_offered_cents (copy, cents >= 0 ? cents : -1);
  voc_job_application_set_salary_currency (copy, *currency != '\0' ? currency : NULL);
  voc_job_application_set_notes (copy, *notes != '\0' ? notes : NULL);

  if (!voc_repository_update (VOC_REPOSITORY (self->repository), copy, error))
    return FALSE;

  g_set_object (&self->application, copy);
  update_fields (self);
  return TRUE;
}

GtkEditable *
voc_application_detail_get_source_row (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return GTK_EDITABLE (self->source_row);
}

GtkEditable *
voc_application_detail_get_salary_row (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return GTK_EDITABLE (self->salary_row);
}

/**
 * voc_application_detail_get_tasks:
 *
 * Returns: (transfer none) (nullable): the application's open tasks
 */
GListModel *
voc_application_detail_get_tasks (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return self->tasks != NULL ? G_LIST_MODEL (self->tasks) : NULL;
}

/**
 * voc_application_detail_get_events:
 *
 * Returns: (transfer none) (nullable): the application's events
 */
GListModel *
voc_application_detail_get_events (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return self->shown_events;
}

GtkTextBuffer *
voc_application_detail_get_notes (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return self->notes;
}

/**
 * voc_application_detail_get_actions:
 *
 * Returns: (transfer none): what the rows of tasks and events do
 */
VocPipelineActions *
voc_application_detail_get_actions (VocApplicationDetail *self)
{
  g_return_val_if_fail (VOC_IS_APPLICATION_DETAIL (self), NULL);

  return self->actions;
}
