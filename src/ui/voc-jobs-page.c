/* voc-jobs-page.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-jobs-page"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-format.h"
#include "voc-job-detail.h"
#include "voc-job-header.h"
#include "voc-job-query.h"
#include "voc-job-row.h"
#include "voc-jobs-page-private.h"
#include "voc-repositories.h"

/*
 * The saved job postings as a table declared in the template, a search entry and filters
 * above it, and a posting's detail pushed in its place when a row is activated.
 *
 * The model is the store's live, lazy list: it holds the ids of the rows in order and loads
 * only the rows on screen, so that the page stays fast with 100,000 postings. For the same
 * reason sorting, searching and filtering all happen in SQL (the store's voc-job-query.c
 * writes it): each change builds a new list with the matching WHERE and ORDER BY, and no
 * GtkSortListModel or GtkFilterListModel ever walks the rows. Every list is read in a worker
 * thread (100,000 ids take tens of milliseconds): the first one of a database while the page
 * shows its loading state, those of later changes while the previous list stays on screen;
 * a change cancels the list still loading for the one before, so the last change wins. The
 * column headers (voc-job-header.c) only say which column the user chose. A row is one
 * widget that draws its cells (voc-job-row.c): GTK 4.8 keeps 200 rows alive, and a
 * GtkColumnView's eighteen widgets a row made most of the page's memory.
 *
 * Deleting is undoable: the posting leaves the list at once (the list is rebuilt without its
 * id) and is really deleted when the toast that offers Undo goes away, or when the window
 * closes.
 */

struct _VocJobsPage
{
  AdwBin                 parent_instance;

  /* Template widgets */
  GtkStack              *view_stack;
  GtkWidget             *search_bar;
  GtkWidget             *search_separator;
  GtkSearchEntry        *search_entry;
  GtkMenuButton         *filter_button;
  GtkLabel              *filter_label;
  GtkLabel              *count_label;
  AdwComboRow           *remote_filter_row;
  AdwComboRow           *source_filter_row;
  AdwEntryRow           *salary_filter_row;
  GtkSwitch             *with_salary_switch;
  GtkSwitch             *application_switch;
  GtkSpinButton         *fit_filter_spin;
  GtkStack              *stack;
  VocJobHeader          *header;
  GtkListView           *list_view;
  VocJobDetail          *detail;

  VocDatabase           *database;
  VocJobRepository      *repository;
  VocPipelineRepository *pipeline;
  VocEntityList         *model;
  GCancellable          *loading;
  GtkSingleSelection    *selection;
  gboolean               model_attached;
  gboolean               model_filtered;    /* the list is of a search or filters */
  GPtrArray             *rows;        /* the bound rows (VocJobRow), for their fit */

  char                  *search;
  VocJobQuery            query;
  gboolean               resetting_filters;

  GArray                *pending_deletes;    /* gint64 */
  gint64                 confirm_id;
  AdwToast              *undo_toast;         /* weak */
  AdwMessageDialog      *confirm_dialog;     /* weak */
};

G_DEFINE_FINAL_TYPE (VocJobsPage, voc_jobs_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  GWeakRef page;
  gint64   id;
} PendingDelete;

static void
pending_delete_free (gpointer  data,
                     GClosure *closure)
{
  PendingDelete *pending = data;

  g_weak_ref_clear (&pending->page);
  g_free (pending);
}

static void
show_toast (VocJobsPage *self,
            AdwToast    *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

static void
show_error_toast (VocJobsPage *self,
                  const char  *format,
                  const char  *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  show_toast (self, adw_toast_new_format (format, escaped));
}

static gboolean
is_filtered (VocJobsPage *self)
{
  return voc_job_query_is_searching (&self->query) ||
         voc_job_query_count_active (&self->query) > 0;
}

/* The filter button counts the filters chosen, at once, before their list arrives. */
static void
update_filter_label (VocJobsPage *self)
{
  g_autofree char *filters = NULL;
  guint n_active = voc_job_query_count_active (&self->query);

  if (n_active > 0)
    /* TRANSLATORS: the filter button when some filters are on, with their number */
    filters = g_strdup_printf (_("Filters (%u)"), n_active);
  gtk_label_set_label (self->filter_label, filters != NULL ? filters : _("Filters"));
}

static void
update_state (VocJobsPage *self)
{
  const char *name = "loading";
  g_autofree char *count = NULL;
  guint n = 0;

  if (self->model != NULL)
    {
      n = g_list_model_get_n_items (G_LIST_MODEL (self->model));
      if (n > 0)
        name = "list";
      else if (self->model_filtered)
        name = "no-matches";
      else
        name = "empty";
    }

  gtk_stack_set_visible_child_name (self->stack, name);

  /* Nothing to search before there is anything at all. */
  gtk_widget_set_visible (self->search_bar, g_strcmp0 (name, "list") == 0 ||
                                            g_strcmp0 (name, "no-matches") == 0);
  gtk_widget_set_visible (self->search_separator, gtk_widget_get_visible (self->search_bar));

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u job", "%'u jobs", n), n);
  gtk_label_set_label (self->count_label, count);
  update_filter_label (self);
}

static void
on_model_items_changed_cb (VocJobsPage *self,
                           guint        position,
                           guint        removed,
                           guint        added,
                           GListModel  *model)
{
  update_state (self);
}

static void
set_model (VocJobsPage   *self,
           VocEntityList *model)
{
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);

  g_set_object (&self->model, model);
  /* The list is of the query as it is now: a later change makes a new list. */
  self->model_filtered = model != NULL && is_filtered (self);

  if (model != NULL)
    g_signal_connect_object (model, "items-changed", G_CALLBACK (on_model_items_changed_cb),
                             self, G_CONNECT_SWAPPED);

  gtk_single_selection_set_model (self->selection, model != NULL ? G_LIST_MODEL (model) : NULL);
  update_state (self);
}

/* The search, the filters, the sort and the deletes waiting for their undo. */
static void
update_query (VocJobsPage *self)
{
  self->query.search = self->search;
  self->query.excluded_ids = (const gint64 *) (gpointer) self->pending_deletes->data;
  self->query.n_excluded = self->pending_deletes->len;
}

static void
cancel_loading (VocJobsPage *self)
{
  g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
}

/* Builds the list for the search, the filters and the sort on this thread: one query of
 * ids. Only when a worker cannot read the database (one only in memory has no file). */
static void
rebuild_now (VocJobsPage *self)
{
  g_autoptr(VocEntityList) model = NULL;
  g_autoptr(GError) error = NULL;

  /* What a list still loading would show is out of date. */
  cancel_loading (self);

  if (self->repository != NULL)
    {
      update_query (self);
      model = voc_job_repository_list_query (self->repository, &self->query, &error);
      if (model == NULL)
        {
          g_warning ("Cannot list the jobs: %s", error->message);
          /* TRANSLATORS: %s is the reason */
          show_error_toast (self, _("Cannot list the jobs: %s"), error->message);
        }
    }

  set_model (self, model);
}

static void
on_list_loaded_cb (GObject      *source_object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(VocJobsPage) self = user_data;
  g_autoptr(VocEntityList) model = NULL;
  g_autoptr(GError) error = NULL;

  /* Replaced by a later list, or the page went away. */
  if (self->loading == NULL || g_task_get_cancellable (G_TASK (result)) != self->loading)
    return;
  g_clear_object (&self->loading);

  model = voc_job_repository_list_query_finish (self->repository, result, &error);
  if (model == NULL)
    {
      /* The worker could not read (a database only in memory has no file to open): read on
       * this thread instead. */
      g_debug ("Cannot list the jobs in the background: %s", error->message);
      rebuild_now (self);
      return;
    }

  set_model (self, model);
}

/* Reads the list for the search, the filters and the sort in a worker thread (at 100,000
 * postings 10–50 ms of reading). The list on screen stays until the new one arrives; a
 * change made meanwhile cancels the list still loading, so the last change wins. */
static void
rebuild (VocJobsPage *self)
{
  cancel_loading (self);

  if (self->repository == NULL)
    {
      set_model (self, NULL);
      return;
    }

  update_query (self);
  update_filter_label (self);
  self->loading = g_cancellable_new ();
  voc_job_repository_list_query_async (self->repository, &self->query, self->loading,
                                       on_list_loaded_cb, g_object_ref (self));
}

/* Shows the loading state and reads the list in a worker thread. */
static void
load (VocJobsPage *self)
{
  cancel_loading (self);
  set_model (self, NULL);
  rebuild (self);
}

static void
read_filters (VocJobsPage *self)
{
  guint remote = adw_combo_row_get_selected (self->remote_filter_row);
  guint source = adw_combo_row_get_selected (self->source_filter_row);
  const char *salary = gtk_editable_get_text (GTK_EDITABLE (self->salary_filter_row));
  gint64 cents = -1;

  /* The first choice of each row is "Any". */
  self->query.remote_mode = remote != GTK_INVALID_LIST_POSITION ? (VocRemoteMode) remote
                                                                 : VOC_REMOTE_MODE_UNKNOWN;
  self->query.source = source != GTK_INVALID_LIST_POSITION && source > 0 ? (int) source - 1 : -1;

  if (voc_format_parse_amount (salary, &cents))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->salary_filter_row), "error");
      self->query.min_yearly_cents = cents;
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->salary_filter_row), "error");
      self->query.min_yearly_cents = -1;
    }

  self->query.only_with_salary = gtk_switch_get_active (self->with_salary_switch);
  self->query.has_application = gtk_switch_get_active (self->application_switch);

  /* 0 lets every posting through, those without a fit too. */
  self->query.min_fit = gtk_spin_button_get_value_as_int (self->fit_filter_spin);
  if (self->query.min_fit <= 0)
    self->query.min_fit = -1;
}

static void
on_filter_notify_cb (VocJobsPage *self,
                     GParamSpec  *pspec,
                     GObject     *row)
{
  if (self->resetting_filters)
    return;

  read_filters (self);
  rebuild (self);
}

static void
on_salary_filter_changed_cb (VocJobsPage *self,
                             GtkEditable *row)
{
  if (self->resetting_filters)
    return;

  read_filters (self);
  rebuild (self);
}

static void
on_search_entry_search_changed_cb (VocJobsPage    *self,
                                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  if (g_strcmp0 (text, self->search != NULL ? self->search : "") == 0)
    return;

  g_free (self->search);
  self->search = g_strdup (text);
  rebuild (self);
}

static void
on_search_entry_stop_search_cb (VocJobsPage    *self,
                                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

/* Enter in the search entry goes to the results. */
static void
on_search_entry_activate_cb (VocJobsPage    *self,
                             GtkSearchEntry *entry)
{
  if (self->model != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->model)) > 0)
    gtk_widget_child_focus (GTK_WIDGET (self->list_view), GTK_DIR_TAB_FORWARD);
}

static void
on_header_sort_changed_cb (VocJobsPage  *self,
                           VocJobHeader *header)
{
  gboolean descending = FALSE;
  VocJobSort sort = voc_job_header_get_sort (header, &descending);

  if (sort == self->query.sort && descending == self->query.descending)
    return;

  self->query.sort = sort;
  self->query.descending = descending;
  rebuild (self);
}

static void
update_actions (VocJobsPage *self)
{
  gboolean in_detail = g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack),
                                  "detail") == 0 &&
                       !voc_job_detail_get_editing (self->detail);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.back", in_detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "jobs.delete",
                                 in_detail && voc_job_detail_get_posting (self->detail) != NULL);
}

static void
on_detail_editing_notify_cb (VocJobsPage  *self,
                             GParamSpec   *pspec,
                             VocJobDetail *detail)
{
  update_actions (self);
}

static void
show_detail (VocJobsPage   *self,
             VocJobPosting *posting)
{
  voc_job_detail_set_posting (self->detail, posting);
  gtk_stack_set_visible_child_name (self->view_stack, "detail");
  update_actions (self);
  voc_job_detail_focus (self->detail);
}

static void
go_back (VocJobsPage *self)
{
  gtk_stack_set_visible_child_name (self->view_stack, "browse");
  update_actions (self);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "list") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  else if (gtk_widget_get_visible (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
on_list_view_activate_cb (VocJobsPage *self,
                          guint        position,
                          GtkListView *list_view)
{
  g_autoptr(VocJobPosting) posting = NULL;

  if (self->model == NULL)
    return;

  posting = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (posting != NULL)
    show_detail (self, posting);
}

/* Deleting, with undo. */

static gboolean
remove_pending (VocJobsPage *self,
                gint64       id)
{
  for (guint i = 0; i < self->pending_deletes->len; i++)
    if (g_array_index (self->pending_deletes, gint64, i) == id)
      {
        g_array_remove_index (self->pending_deletes, i);
        return TRUE;
      }

  return FALSE;
}

static void
commit_delete (VocJobsPage *self,
               gint64       id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(VocJobPosting) posting = NULL;

  if (!remove_pending (self, id) || self->repository == NULL)
    return;

  posting = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_JOB_POSTING, id,
                                 &error);
  /* Someone else deleted it already: nothing left to do. */
  if (posting == NULL)
    return;

  if (!voc_repository_delete (VOC_REPOSITORY (self->repository), posting, &error))
    {
      g_warning ("Cannot delete posting %" G_GINT64_FORMAT ": %s", id, error->message);
      /* TRANSLATORS: %s is the reason */
      show_error_toast (self, _("Cannot delete the job: %s"), error->message);
      rebuild (self);
    }
}

static void
on_undo_toast_button_clicked_cb (AdwToast      *toast,
                                 PendingDelete *pending)
{
  g_autoptr(VocJobsPage) self = g_weak_ref_get (&pending->page);

  if (self != NULL && remove_pending (self, pending->id))
    rebuild (self);
}

static void
on_undo_toast_dismissed_cb (AdwToast      *toast,
                            PendingDelete *pending)
{
  g_autoptr(VocJobsPage) self = g_weak_ref_get (&pending->page);

  if (self != NULL)
    commit_delete (self, pending->id);
}

static void
delete_posting (VocJobsPage *self,
                gint64       id)
{
  AdwToast *toast;
  PendingDelete *pending;

  g_array_append_val (self->pending_deletes, id);
  go_back (self);
  rebuild (self);

  toast = adw_toast_new (_("Job deleted"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);

  pending = g_new0 (PendingDelete, 1);
  g_weak_ref_init (&pending->page, self);
  pending->id = id;
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_undo_toast_button_clicked_cb),
                         pending, NULL, 0);
  /* The data goes with the toast. */
  g_signal_connect_data (toast, "dismissed", G_CALLBACK (on_undo_toast_dismissed_cb),
                         pending, pending_delete_free, G_CONNECT_AFTER);

  g_set_weak_pointer (&self->undo_toast, toast);
  show_toast (self, toast);
}

static gboolean
has_application (VocJobsPage *self,
                 gint64       id)
{
  g_autofree char *where = g_strdup_printf ("t.posting_id = %" G_GINT64_FORMAT, id);
  g_autoptr(VocEntityList) applications = NULL;

  applications = voc_repository_list_where (VOC_REPOSITORY (self->pipeline),
                                            VOC_TYPE_JOB_APPLICATION, where, NULL, NULL);
  return g_list_model_get_n_items (G_LIST_MODEL (applications)) > 0;
}

static void
on_confirm_dialog_response_cb (VocJobsPage      *self,
                               const char       *response,
                               AdwMessageDialog *dialog)
{
  g_clear_weak_pointer (&self->confirm_dialog);

  if (g_strcmp0 (response, "delete") == 0 && self->confirm_id > 0)
    delete_posting (self, self->confirm_id);

  self->confirm_id = 0;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocJobsPage *self = VOC_JOBS_PAGE (widget);
  VocJobPosting *posting = voc_job_detail_get_posting (self->detail);
  AdwMessageDialog *dialog;
  gint64 id;

  if (posting == NULL || self->repository == NULL)
    return;

  id = voc_entity_get_id (VOC_ENTITY (posting));
  if (!has_application (self, id))
    {
      delete_posting (self, id);
      return;
    }

  /* The application goes with the posting, and it may hold weeks of the user's notes. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                       _("Delete Job and Application?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("There is an application for “%s”. Deleting the job also "
                                    "deletes the application, with its stages, documents and "
                                    "notes."),
                                  voc_job_posting_get_title (posting));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");

  self->confirm_id = id;
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_confirm_dialog_response_cb), self,
                           G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->confirm_dialog, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (VOC_JOBS_PAGE (widget));
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  VocJobsPage *self = VOC_JOBS_PAGE (widget);

  /* One rebuild for all the rows that change. */
  self->resetting_filters = TRUE;
  adw_combo_row_set_selected (self->remote_filter_row, 0);
  adw_combo_row_set_selected (self->source_filter_row, 0);
  gtk_editable_set_text (GTK_EDITABLE (self->salary_filter_row), "");
  gtk_switch_set_active (self->with_salary_switch, FALSE);
  gtk_switch_set_active (self->application_switch, FALSE);
  gtk_spin_button_set_value (self->fit_filter_spin, 0);
  self->resetting_filters = FALSE;

  g_clear_pointer (&self->search, g_free);
  /* search-changed fires later, finds the search already cleared and does nothing. */
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  read_filters (self);
  rebuild (self);

  if (gtk_widget_get_visible (self->search_bar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
find_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  VocJobsPage *self = VOC_JOBS_PAGE (widget);

  /* The shortcut is managed by the window: only the page on screen takes it. */
  if (!gtk_widget_get_mapped (widget) || voc_job_detail_get_editing (self->detail))
    return FALSE;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "detail") == 0)
    go_back (self);

  if (!gtk_widget_get_visible (self->search_bar))
    return FALSE;

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

/* The first choice is "Any"; then every value of the enum from @first, named by @format. */
static void
set_filter_choices (AdwComboRow  *row,
                    int           first,
                    int           last,
                    const char *(*format) (int value))
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

  /* TRANSLATORS: a filter that lets every value through */
  gtk_string_list_append (list, C_("filter", "Any"));
  for (int value = first; value <= last; value++)
    gtk_string_list_append (list, format (value));

  adw_combo_row_set_model (row, G_LIST_MODEL (list));
  adw_combo_row_set_selected (row, 0);
}

static const char *
format_remote_choice (int value)
{
  return voc_format_remote_mode (value);
}

static const char *
format_source_choice (int value)
{
  return voc_format_posting_source (value);
}

/* The rows: one VocJobRow each, which draws the cells of its posting (see voc-job-row.c).
 * The fit is not a property of the posting but a row of the fit table, read for each row
 * when it is bound (one lookup in the index) and again for the bound rows when the fits
 * change. */

static void
update_fit (VocJobsPage *self,
            VocJobRow   *row)
{
  VocJobPosting *posting = voc_job_row_get_posting (row);
  int score = -1;

  if (posting != NULL && self->repository != NULL)
    score = voc_job_repository_lookup_fit (self->repository,
                                           voc_entity_get_id (VOC_ENTITY (posting)));
  voc_job_row_set_fit (row, score);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 VocJobsPage              *self)
{
  gtk_list_item_set_child (item, voc_job_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                VocJobsPage              *self)
{
  VocJobRow *row = VOC_JOB_ROW (gtk_list_item_get_child (item));

  voc_job_row_set_posting (row, gtk_list_item_get_item (item));
  g_ptr_array_add (self->rows, row);
  update_fit (self, row);
}

static void
on_row_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  VocJobsPage              *self)
{
  VocJobRow *row = VOC_JOB_ROW (gtk_list_item_get_child (item));

  g_ptr_array_remove_fast (self->rows, row);
  voc_job_row_set_posting (row, NULL);
}

static void
on_row_teardown_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    VocJobsPage              *self)
{
  /* A bound item torn down without an unbind (the view going away). */
  g_ptr_array_remove_fast (self->rows, gtk_list_item_get_child (item));
}

static void
on_rows_changed_cb (VocJobsPage *self,
                    const char  *table,
                    GArray      *changes,
                    VocDatabase *database)
{
  if (g_strcmp0 (table, "fit") != 0)
    return;

  for (guint i = 0; i < self->rows->len; i++)
    update_fit (self, g_ptr_array_index (self->rows, i));
}

static void
set_row_factory (VocJobsPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* The page outlives the list view's factory: no references needed. */
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_row_teardown_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
}

/* A list builds its first rows as soon as it has a model (200 of them in GTK 4.8): only the
 * page on screen does it, the others when they are shown. */
static void
voc_jobs_page_map (GtkWidget *widget)
{
  VocJobsPage *self = VOC_JOBS_PAGE (widget);

  if (!self->model_attached)
    {
      self->model_attached = TRUE;
      gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
    }

  GTK_WIDGET_CLASS (voc_jobs_page_parent_class)->map (widget);
}

static void
voc_jobs_page_dispose (GObject *object)
{
  VocJobsPage *self = VOC_JOBS_PAGE (object);

  /* Closing the window is the last moment for the deletes waiting for their undo. */
  voc_jobs_page_commit_deletes (self);

  if (self->confirm_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->confirm_dialog));
  g_clear_weak_pointer (&self->confirm_dialog);
  g_clear_weak_pointer (&self->undo_toast);

  cancel_loading (self);
  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_model_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_object (&self->selection);
  g_clear_object (&self->repository);
  g_clear_object (&self->pipeline);
  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, on_rows_changed_cb, self);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (voc_jobs_page_parent_class)->dispose (object);
}

static void
voc_jobs_page_finalize (GObject *object)
{
  VocJobsPage *self = VOC_JOBS_PAGE (object);

  g_clear_pointer (&self->pending_deletes, g_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (voc_jobs_page_parent_class)->finalize (object);
}

static void
voc_jobs_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocJobsPage *self = VOC_JOBS_PAGE (object);

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
voc_jobs_page_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VocJobsPage *self = VOC_JOBS_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      voc_jobs_page_set_database (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_jobs_page_class_init (VocJobsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_jobs_page_dispose;
  object_class->finalize = voc_jobs_page_finalize;
  object_class->get_property = voc_jobs_page_get_property;
  object_class->set_property = voc_jobs_page_set_property;

  widget_class->map = voc_jobs_page_map;

  /**
   * VocJobsPage:database:
   *
   * The database whose postings are listed; %NULL while it is being opened.
   */
  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         VOC_TYPE_DATABASE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The cells look up properties of this type by name. */
  g_type_ensure (VOC_TYPE_JOB_POSTING);
  g_type_ensure (VOC_TYPE_JOB_HEADER);
  g_type_ensure (VOC_TYPE_JOB_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-jobs-page.ui");
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, search_bar);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, search_separator);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, remote_filter_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, source_filter_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, salary_filter_row);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, with_salary_switch);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, application_switch);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, fit_filter_spin);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, header);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, VocJobsPage, detail);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_header_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_notify_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_salary_filter_changed_cb);

  gtk_widget_class_install_action (widget_class, "jobs.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "jobs.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "jobs.clear-filters", NULL,
                                   clear_filters_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "jobs.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "jobs.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "jobs.delete", NULL);
}

static void
voc_jobs_page_init (VocJobsPage *self)
{
  GtkEventController *shortcuts;
  VocJobQuery query = VOC_JOB_QUERY_INIT;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->query = query;
  self->rows = g_ptr_array_new ();
  set_row_factory (self);
  self->pending_deletes = g_array_new (FALSE, FALSE, sizeof (gint64));

  self->selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);

  set_filter_choices (self->remote_filter_row, VOC_REMOTE_MODE_ON_SITE, VOC_REMOTE_MODE_REMOTE,
                      format_remote_choice);
  set_filter_choices (self->source_filter_row, VOC_POSTING_SOURCE_MANUAL,
                      VOC_POSTING_SOURCE_IMPORT, format_source_choice);

  g_signal_connect_object (self->detail, "notify::editing",
                           G_CALLBACK (on_detail_editing_notify_cb), self, G_CONNECT_SWAPPED);

  /* Ctrl+F wherever the focus is in the window, while the page is shown. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_MANAGED);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_f,
                                                                                  GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (find_shortcut_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  update_actions (self);
  update_state (self);
}

/**
 * voc_jobs_page_get_database:
 *
 * Returns: (transfer none) (nullable): the database
 */
VocDatabase *
voc_jobs_page_get_database (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->database;
}

void
voc_jobs_page_set_database (VocJobsPage *self,
                            VocDatabase *database)
{
  g_return_if_fail (VOC_IS_JOBS_PAGE (self));
  g_return_if_fail (!database || VOC_IS_DATABASE (database));

  if (database == self->database)
    return;

  /* The deletes waiting for their undo belong to the database they were made in. */
  voc_jobs_page_commit_deletes (self);

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, on_rows_changed_cb, self);
  g_set_object (&self->database, database);
  if (database != NULL)
    g_signal_connect_object (database, "rows-changed", G_CALLBACK (on_rows_changed_cb), self,
                             G_CONNECT_SWAPPED);
  g_clear_object (&self->repository);
  g_clear_object (&self->pipeline);

  if (database != NULL)
    {
      self->repository = voc_job_repository_new (database);
      self->pipeline = voc_pipeline_repository_new (database);
    }

  voc_job_detail_set_posting (self->detail, NULL);
  voc_job_detail_set_repository (self->detail, self->repository);
  gtk_stack_set_visible_child_name (self->view_stack, "browse");
  update_actions (self);

  load (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * voc_jobs_page_show_job:
 * @posting_id: the id of a posting
 *
 * Shows the detail of a posting, and selects its row when it is listed. Does nothing while
 * a posting is being edited: the form is not dropped behind the user's back.
 *
 * Returns: whether the posting is shown
 */
gboolean
voc_jobs_page_show_job (VocJobsPage *self,
                        gint64       posting_id)
{
  g_autoptr(VocJobPosting) posting = NULL;
  int position = -1;

  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), FALSE);

  if (self->repository == NULL || voc_job_detail_get_editing (self->detail))
    return FALSE;

  if (self->model != NULL)
    position = voc_entity_list_find (self->model, posting_id);

  if (position >= 0)
    posting = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  else
    posting = voc_repository_find (VOC_REPOSITORY (self->repository), VOC_TYPE_JOB_POSTING,
                                   posting_id, NULL);

  if (posting == NULL)
    return FALSE;

  if (position >= 0)
    gtk_single_selection_set_selected (self->selection, position);

  show_detail (self, posting);
  return TRUE;
}

/**
 * voc_jobs_page_commit_deletes:
 *
 * Deletes for good the postings whose undo is still offered. The window calls it when it
 * closes.
 */
void
voc_jobs_page_commit_deletes (VocJobsPage *self)
{
  g_return_if_fail (VOC_IS_JOBS_PAGE (self));

  while (self->pending_deletes != NULL && self->pending_deletes->len > 0)
    commit_delete (self, g_array_index (self->pending_deletes, gint64, 0));
}

const char *
voc_jobs_page_get_visible_child_name (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * voc_jobs_page_is_loading:
 *
 * Returns: whether a list is being read for the latest search, filters or sort
 */
gboolean
voc_jobs_page_is_loading (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), FALSE);

  return self->loading != NULL;
}

/**
 * voc_jobs_page_get_view_name:
 *
 * Returns: "browse" for the list, "detail" for a posting
 */
const char *
voc_jobs_page_get_view_name (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->view_stack);
}

/**
 * voc_jobs_page_get_model:
 *
 * Returns: (transfer none) (nullable): the postings listed, %NULL without a database
 */
GListModel *
voc_jobs_page_get_model (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->model != NULL ? G_LIST_MODEL (self->model) : NULL;
}

GtkListView *
voc_jobs_page_get_list_view (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->list_view;
}

VocJobHeader *
voc_jobs_page_get_header (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->header;
}

/**
 * voc_jobs_page_sort_by:
 * @sort: the column, %VOC_JOB_SORT_DEFAULT for none
 * @descending: largest first (for the fit: best first)
 *
 * Sorts as a click on the column's header does.
 */
void
voc_jobs_page_sort_by (VocJobsPage *self,
                       VocJobSort   sort,
                       gboolean     descending)
{
  g_return_if_fail (VOC_IS_JOBS_PAGE (self));

  voc_job_header_set_sort (self->header, sort, descending);
}

VocJobDetail *
voc_jobs_page_get_detail (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->detail;
}

GtkEditable *
voc_jobs_page_get_search_entry (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return GTK_EDITABLE (self->search_entry);
}

GtkMenuButton *
voc_jobs_page_get_filter_button (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->filter_button;
}

AdwComboRow *
voc_jobs_page_get_remote_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->remote_filter_row;
}

AdwComboRow *
voc_jobs_page_get_source_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->source_filter_row;
}

GtkEditable *
voc_jobs_page_get_salary_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return GTK_EDITABLE (self->salary_filter_row);
}

GtkSwitch *
voc_jobs_page_get_with_salary_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->with_salary_switch;
}

GtkSwitch *
voc_jobs_page_get_application_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->application_switch;
}

GtkSpinButton *
voc_jobs_page_get_fit_filter (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->fit_filter_spin;
}

/**
 * voc_jobs_page_get_undo_toast:
 *
 * Returns: (transfer none) (nullable): the toast of the last delete, while it is shown
 */
AdwToast *
voc_jobs_page_get_undo_toast (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->undo_toast;
}

/**
 * voc_jobs_page_get_confirm_dialog:
 *
 * Returns: (transfer none) (nullable): the dialog that asks before deleting an application
 */
AdwMessageDialog *
voc_jobs_page_get_confirm_dialog (VocJobsPage *self)
{
  g_return_val_if_fail (VOC_IS_JOBS_PAGE (self), NULL);

  return self->confirm_dialog;
}
