/* voc-window-fit.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-window-internal.h"

/*
 * Keeping the stored fit scores current. Once the database is open, and after every change
 * of the resume library or of the postings (debounced: a form saves several tables, an import
 * many postings), the store rescores the stale fits in the background, batch by batch; the
 * window never waits for it. "Rescore All Jobs" (win.rescore-all) recomputes every score, with
 * a progress bar and Stop; an automatic run shows the bar only when it takes a while.
 */

#define DEBOUNCE_MS 1500
#define STARTUP_DELAY_MS 1000
#define REVEAL_DELAY_MS 1000

/* The tables whose changes make fits stale. */
static const char * const stale_tables[] = {
  "profile", "skill", "experience", "engagement", "bullet", "education", "certification",
  "project", "job_posting",
};

static void start_rescore (VocWindow *self,
                           gboolean   all,
                           gboolean   explicit);

static void
update_actions (VocWindow *self)
{
  gboolean running = self->fit_store != NULL && voc_fit_store_get_running (self->fit_store);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rescore-all",
                                 self->fit_store != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-rescore", running);
}

static void
update_progress (VocWindow *self)
{
  g_autofree char *text = NULL;
  guint total = voc_fit_store_get_n_total (self->fit_store);
  guint done = voc_fit_store_get_n_done (self->fit_store);

  /* TRANSLATORS: progress of rescoring; counts of job postings */
  text = g_strdup_printf (ngettext ("Updating fit scores: %u of %u job",
                                    "Updating fit scores: %u of %u jobs", total),
                          MIN (done, total), total);
  gtk_label_set_label (self->fit_label, text);
  gtk_progress_bar_set_fraction (self->fit_progress, voc_fit_store_get_fraction (self->fit_store));
}

static void
on_fraction_notify_cb (VocWindow   *self,
                       GParamSpec  *pspec,
                       VocFitStore *store)
{
  update_progress (self);
}

static gboolean
reveal_cb (gpointer user_data)
{
  VocWindow *self = user_data;

  self->fit_reveal_source = 0;
  if (self->fit_store != NULL && voc_fit_store_get_running (self->fit_store))
    gtk_revealer_set_reveal_child (self->fit_revealer, TRUE);
  return G_SOURCE_REMOVE;
}

static void
show_toast (VocWindow  *self,
            const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

static void
on_rescored_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(VocWindow) self = g_weak_ref_get (weak);
  g_autoptr(GError) error = NULL;
  VocFitStore *store = VOC_FIT_STORE (object);
  gboolean explicit;
  guint n_scored = 0;

  g_weak_ref_clear (weak);
  g_free (weak);
  voc_fit_store_rescore_finish (store, result, &n_scored, &error);
  if (self == NULL || store != self->fit_store)
    return;
  explicit = self->fit_explicit;

  g_clear_handle_id (&self->fit_reveal_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->fit_revealer, FALSE);
  self->fit_explicit = FALSE;
  update_actions (self);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot update the fit scores: %s"),
                                                  error->message);

      show_toast (self, message);
    }
  else if (explicit && error == NULL)
    {
      g_autofree char *message = NULL;

      message = g_strdup_printf (ngettext ("Fit score updated for %u job",
                                           "Fit scores updated for %u jobs", n_scored),
                                 n_scored);
      show_toast (self, message);
    }

  if (self->fit_again)
    {
      gboolean all = self->fit_again_all;

      self->fit_again = self->fit_again_all = FALSE;
      start_rescore (self, all, all);
    }
}

static void
start_rescore (VocWindow *self,
               gboolean   all,
               gboolean   explicit)
{
  GWeakRef *weak;

  g_clear_handle_id (&self->fit_source, g_source_remove);
  if (self->fit_store == NULL)
    return;

  /* One run at a time: another is asked for once this one is done. */
  if (voc_fit_store_get_running (self->fit_store))
    {
      self->fit_again = TRUE;
      self->fit_again_all |= all;
      return;
    }

  g_clear_object (&self->fit_cancellable);
  self->fit_cancellable = g_cancellable_new ();
  self->fit_explicit = explicit;
  /* A weak reference: closing the window cancels the run, and must not wait for it. */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);
  voc_fit_store_rescore_async (self->fit_store, all, self->fit_cancellable, on_rescored_cb, weak);
  update_progress (self);
  update_actions (self);

  g_clear_handle_id (&self->fit_reveal_source, g_source_remove);
  if (explicit)
    gtk_revealer_set_reveal_child (self->fit_revealer, voc_fit_store_get_running (self->fit_store));
  else
    self->fit_reveal_source = g_timeout_add (REVEAL_DELAY_MS, reveal_cb, self);
}

static gboolean
rescore_stale_cb (gpointer user_data)
{
  VocWindow *self = user_data;

  self->fit_source = 0;
  start_rescore (self, FALSE, FALSE);
  return G_SOURCE_REMOVE;
}

static void
schedule_rescore (VocWindow *self,
                  guint      delay_ms)
{
  g_clear_handle_id (&self->fit_source, g_source_remove);
  self->fit_source = g_timeout_add (delay_ms, rescore_stale_cb, self);
}

static void
on_rows_changed_cb (VocDatabase *database,
                    const char  *table,
                    GArray      *changes,
                    VocWindow   *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (stale_tables); i++)
    if (g_str_equal (table, stale_tables[i]))
      {
        schedule_rescore (self, DEBOUNCE_MS);
        return;
      }
}

static void
rescore_all_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  start_rescore (VOC_WINDOW (widget), TRUE, TRUE);
}

static void
cancel_rescore_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  VocWindow *self = VOC_WINDOW (widget);

  self->fit_again = self->fit_again_all = FALSE;
  g_cancellable_cancel (self->fit_cancellable);
}

void
voc_window_class_init_fit (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, VocWindow, fit_revealer);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, fit_label);
  gtk_widget_class_bind_template_child (widget_class, VocWindow, fit_progress);

  gtk_widget_class_install_action (widget_class, "win.rescore-all", NULL, rescore_all_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-rescore", NULL,
                                   cancel_rescore_action);
}

/*
 * voc_window_set_fit_database:
 * @database: (nullable): the window's database, %NULL when it goes
 *
 * Stops rescoring the last database and starts keeping the fits of @database current.
 */
void
voc_window_set_fit_database (VocWindow   *self,
                             VocDatabase *database)
{
  g_clear_handle_id (&self->fit_source, g_source_remove);
  g_clear_handle_id (&self->fit_reveal_source, g_source_remove);
  g_cancellable_cancel (self->fit_cancellable);
  g_clear_object (&self->fit_cancellable);
  self->fit_again = self->fit_again_all = self->fit_explicit = FALSE;

  if (self->fit_store != NULL)
    {
      g_clear_signal_handler (&self->fit_rows_handler,
                              voc_fit_store_get_database (self->fit_store));
      g_signal_handlers_disconnect_by_data (self->fit_store, self);
      g_clear_object (&self->fit_store);
    }
  if (self->fit_revealer != NULL)
    gtk_revealer_set_reveal_child (self->fit_revealer, FALSE);

  if (database != NULL)
    {
      /* Shared with the job detail's fit: the library is read and cached once. */
      self->fit_store = voc_fit_store_dup_shared (database);
      g_signal_connect_swapped (self->fit_store, "notify::fraction",
                                G_CALLBACK (on_fraction_notify_cb), self);
      self->fit_rows_handler = g_signal_connect (database, "rows-changed",
                                                 G_CALLBACK (on_rows_changed_cb), self);
      /* The stale ones (another scorer version, edits made elsewhere) soon after start-up. */
      schedule_rescore (self, STARTUP_DELAY_MS);
    }

  update_actions (self);
}

/**
 * voc_window_get_fit_store:
 *
 * Returns: (transfer none) (nullable): the store that keeps this window's fits current
 */
VocFitStore *
voc_window_get_fit_store (VocWindow *self)
{
  g_return_val_if_fail (VOC_IS_WINDOW (self), NULL);

  return self->fit_store;
}
