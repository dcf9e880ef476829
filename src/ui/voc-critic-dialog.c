/* voc-critic-dialog.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-critic-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-ai-critic.h"
#include "voc-critic-dialog-private.h"
#include "voc-critic-store.h"
#include "voc-model-runs.h"

/*
 * The critic on one text — a resume version or a letter — against its posting: the five
 * scores of the latest pass as bars with the change since the pass before, its issues (a
 * suggestion the verifier found inventing something is shown as not verified, with the
 * reasons), and every earlier pass. Run Again asks for another pass; "Show What Will Be
 * Sent…" shows the request before it goes; the run has a spinner and Cancel; declining the
 * request or cancelling is quiet. "Approve as Style Example" keeps the text (a letter as it
 * is, a resume's bullets) as an example of the user's voice for the next text of its kind.
 *
 * Without a configured provider the dialog shows the passes already logged and says where to
 * set one up; nothing in it can start a request.
 */

struct _VocCriticDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toasts;
  GtkStack        *stack;
  AdwStatusPage   *error_page;
  AdwPreferencesGroup *scores_group;
  GtkLevelBar     *bars[VOC_CRITIC_N_SCORES];
  GtkLabel        *values[VOC_CRITIC_N_SCORES];
  GtkLabel        *deltas[VOC_CRITIC_N_SCORES];
  GtkListBox      *issues;
  GtkListBox      *history;
  GtkWidget       *again;

  VocDatabase     *db;
  VocCriticTarget  target_kind;
  gint64           target_id;
  char            *text;
  char            *posting;
  VocAiAssist     *assist;
  GCancellable    *cancellable;
  GPtrArray       *passes;      /* VocCritique, first first */
  char            *error;
  gboolean         running;
  gboolean         disposed;    /* closed while a request ran: its widgets are gone */
};

G_DEFINE_FINAL_TYPE (VocCriticDialog, voc_critic_dialog, ADW_TYPE_WINDOW)

static void
update_actions (VocCriticDialog *self)
{
  gboolean configured = self->assist != NULL && voc_ai_assist_get_configured (self->assist);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "critic.run", configured && !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "critic.review-run",
                                 configured && !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "critic.cancel", self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "critic.approve",
                                 self->passes->len > 0 && !self->running);
  gtk_widget_set_tooltip_text (self->again,
                               configured ? _("Review the text again")
                                          : _("To review with AI, choose a base URL and a model "
                                              "in Preferences → AI Provider"));
}

static void
show_idle_page (VocCriticDialog *self)
{
  gboolean configured = self->assist != NULL && voc_ai_assist_get_configured (self->assist);

  if (self->passes->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "result");
  else
    gtk_stack_set_visible_child_name (self->stack, configured ? "empty" : "unconfigured");
}

static char *
format_delta (int now,
              int before)
{
  int delta = now - before;

  if (delta > 0)
    return g_strdup_printf ("+%d", delta);
  if (delta < 0)
    /* TRANSLATORS: a score that went down, with a minus sign: "−4" */
    return g_strdup_printf (_("−%d"), -delta);
  /* TRANSLATORS: a score that did not change since the previous pass */
  return g_strdup (_("±0"));
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
issue_row (VocCriticIssue *issue)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *badge = gtk_label_new (NULL);
  g_autofree char *subtitle = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), issue->problem);
  if (g_str_equal (issue->severity, "high"))
    {
      gtk_label_set_text (GTK_LABEL (badge), C_("severity", "High"));
      gtk_widget_add_css_class (badge, "error");
    }
  else if (g_str_equal (issue->severity, "medium"))
    {
      gtk_label_set_text (GTK_LABEL (badge), C_("severity", "Medium"));
      gtk_widget_add_css_class (badge, "warning");
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (badge), C_("severity", "Low"));
      gtk_widget_add_css_class (badge, "dim-label");
    }
  gtk_widget_add_css_class (badge, "caption-heading");
  gtk_label_set_width_chars (GTK_LABEL (badge), 7);
  gtk_label_set_xalign (GTK_LABEL (badge), 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);

  if (issue->flagged)
    {
      g_autoptr(GString) reasons = g_string_new (NULL);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      for (guint i = 0; i < issue->reasons->len; i++)
        g_string_append_printf (reasons, "%s%s", i > 0 ? "; " : "",
                                (char *) g_ptr_array_index (issue->reasons, i));
      /* TRANSLATORS: %1$s is where the issue is, %2$s the model's suggestion, %3$s why it was
       * not verified */
      subtitle = g_strdup_printf (_("%1$s — Not verified, do not follow: “%2$s” (%3$s)"),
                                  issue->where, issue->suggestion, reasons->str);
      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("This suggestion adds something that is not in your "
                                           "text or your library"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Not verified"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
    }
  else
    /* TRANSLATORS: %1$s is where the issue is, %2$s the suggestion */
    subtitle = g_strdup_printf (_("%1$s — %2$s"), issue->where, issue->suggestion);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

static char *
summary (VocCritique *pass,
         VocCritique *before)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < VOC_CRITIC_N_SCORES; i++)
    {
      if (i > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, "%s %d", voc_critic_score_get_label (i), pass->scores[i]);
      if (before != NULL)
        {
          g_autofree char *delta = format_delta (pass->scores[i], before->scores[i]);

          g_string_append_printf (text, " (%s)", delta);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
show_passes (VocCriticDialog *self)
{
  VocCritique *latest;
  VocCritique *before;
  g_autofree char *title = NULL;

  clear_list (self->issues);
  clear_list (self->history);
  if (self->passes->len == 0)
    return;

  latest = g_ptr_array_index (self->passes, self->passes->len - 1);
  before = self->passes->len > 1 ? g_ptr_array_index (self->passes, self->passes->len - 2)
                                 : NULL;
  /* TRANSLATORS: the title of the scores of the latest critic pass: "Scores, Pass 3" */
  title = g_strdup_printf (_("Scores, Pass %" G_GINT64_FORMAT), latest->iteration);
  adw_preferences_group_set_title (self->scores_group, title);

  for (guint i = 0; i < VOC_CRITIC_N_SCORES; i++)
    {
      g_autofree char *value = g_strdup_printf ("%d", latest->scores[i]);
      g_autofree char *delta = before != NULL ? format_delta (latest->scores[i],
                                                              before->scores[i])
                                              : NULL;
      /* TRANSLATORS: the accessible name of a score bar: "Alignment: 72 out of 100" */
      g_autofree char *name = g_strdup_printf (_("%s: %d out of 100"),
                                               voc_critic_score_get_label (i),
                                               latest->scores[i]);

      gtk_level_bar_set_value (self->bars[i], latest->scores[i]);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->bars[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      gtk_label_set_text (self->values[i], value);
      gtk_label_set_text (self->deltas[i], delta != NULL ? delta : "");
      gtk_widget_set_visible (GTK_WIDGET (self->deltas[i]), delta != NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (self->deltas[i]), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->deltas[i]), "error");
      if (before != NULL && latest->scores[i] != before->scores[i])
        gtk_widget_add_css_class (GTK_WIDGET (self->deltas[i]),
                                  latest->scores[i] > before->scores[i] ? "success" : "error");
    }

  if (latest->issues->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No issues found"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The critic found nothing to change in this pass."));
      gtk_list_box_append (self->issues, row);
    }
  for (guint i = 0; i < latest->issues->len; i++)
    gtk_list_box_append (self->issues, issue_row (g_ptr_array_index (latest->issues, i)));

  for (guint i = self->passes->len; i > 0; i--)
    {
      VocCritique *pass = g_ptr_array_index (self->passes, i - 1);
      VocCritique *previous = i > 1 ? g_ptr_array_index (self->passes, i - 2) : NULL;
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *pass_title = g_strdup_printf (_("Pass %" G_GINT64_FORMAT),
                                                     pass->iteration);
      g_autofree char *pass_summary = summary (pass, previous);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), pass_title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), pass_summary);
      gtk_list_box_append (self->history, row);
    }
}

static void
load_passes (VocCriticDialog *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_set_size (self->passes, 0);
  entries = voc_critic_store_list (self->db, self->target_kind, self->target_id, &error);
  if (entries == NULL)
    {
      g_warning ("Cannot read the earlier reviews: %s", error->message);
      return;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      VocCritique *pass = voc_critique_new_from_log (g_ptr_array_index (entries, i), &error);

      if (pass == NULL)
        {
          g_warning ("Cannot read review %u: %s", i + 1, error->message);
          g_clear_error (&error);
          continue;
        }
      g_ptr_array_add (self->passes, pass);
    }
  show_passes (self);
}

static void
finish_run (VocCriticDialog *self,
            GError          *error)
{
  if (self->disposed)
    return;
  self->running = FALSE;
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->error, g_free);

  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      self->error = g_strdup (error->message);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      load_passes (self);
      show_idle_page (self);
    }
  update_actions (self);
}

static void
on_critic_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VocCriticDialog) self = user_data;
  g_autoptr(VocCritique) critique = NULL;
  g_autoptr(GError) error = NULL;

  critique = voc_ai_critic_finish (result, &error);
  finish_run (self, error);
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocCriticDialog) self = user_data;
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(VocAiClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) library = NULL;
  VocCriticDialog *dialog;

  client = voc_ai_assist_prepare_finish (VOC_AI_ASSIST (source), result, &redactor, &error);
  if (client == NULL || self->disposed)
    {
      finish_run (self, error);
      return;
    }
  library = voc_critic_store_dup_library (self->db, &error);
  if (library == NULL)
    {
      finish_run (self, error);
      return;
    }
  /* The reference goes to the callback; the arguments are read through another pointer,
   * as the order in which they are evaluated is not defined. */
  dialog = self;
  voc_ai_critic_async (client, redactor, dialog->target_kind, dialog->target_id, dialog->text,
                       dialog->posting, (const char * const *) library, dialog->cancellable,
                       on_critic_cb, g_steal_pointer (&self));
}

static void
run (VocCriticDialog *self)
{
  if (self->running || self->assist == NULL)
    return;

  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  gtk_stack_set_visible_child_name (self->stack, "running");
  update_actions (self);
  voc_ai_assist_prepare_async (self->assist, self->db, self->cancellable, on_prepared_cb,
                               g_object_ref (self));
}

static void
run_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  run (VOC_CRITIC_DIALOG (widget));
}

static void
review_run_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (widget);

  if (self->assist == NULL)
    return;
  voc_ai_assist_review_next (self->assist);
  run (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (widget);
  g_autofree char *content = voc_ai_critic_approve_content (self->target_kind, self->text);
  g_autoptr(GError) error = NULL;
  VocCritique *latest;

  if (self->passes->len == 0)
    return;
  latest = g_ptr_array_index (self->passes, self->passes->len - 1);
  if (content == NULL)
    {
      adw_toast_overlay_add_toast (self->toasts,
                                   adw_toast_new (_("There is no text to keep as an example")));
      return;
    }
  if (voc_model_runs_approve (self->db, voc_ai_critic_approve_purpose (self->target_kind),
                              content, latest->run_id, &error) == 0)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot keep the example: %s"),
                                                  error->message);

      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
      return;
    }
  adw_toast_overlay_add_toast (self->toasts,
                               adw_toast_new (self->target_kind == VOC_CRITIC_TARGET_DOCUMENT
                                              ? _("Kept as an example of your style for the "
                                                  "next letter")
                                              : _("Kept as an example of your style for the "
                                                  "next bullet rewrite")));
}

static void
on_configured_changed_cb (VocCriticDialog *self)
{
  update_actions (self);
  if (!self->running && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "error") != 0)
    show_idle_page (self);
}

static GtkWidget *
status_page (const char *icon_name,
             const char *title,
             const char *description,
             const char *button_label,
             const char *action_name)
{
  GtkWidget *page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
  adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
  adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
  if (button_label != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
      adw_status_page_set_child (ADW_STATUS_PAGE (page), button);
    }
  return page;
}

static GtkWidget *
list_group (const char  *title,
            GtkListBox **list)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  *list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (*list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (*list), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (*list));
  return group;
}

static void
build (VocCriticDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *again = gtk_button_new_with_mnemonic (_("_Run Again"));
  GtkWidget *more = gtk_menu_button_new ();
  GtkWidget *running = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *running_label = gtk_label_new (_("Reviewing…"));
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Review with AI"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (again), "critic.run");
  gtk_widget_add_css_class (again, "suggested-action");
  self->again = again;
  g_menu_append (menu, _("_Show What Will Be Sent…"), "critic.review-run");
  g_menu_append (menu, _("_Approve as Style Example"), "critic.approve");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (more), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
  gtk_widget_set_tooltip_text (more, _("More"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (more), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("More"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), more);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), again);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  adw_toast_overlay_set_child (self->toasts, GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  gtk_stack_add_named (self->stack,
                       status_page ("document-edit-symbolic", _("No Review Yet"),
                                    _("The critic scores this text for alignment with the "
                                      "posting, clarity, impact, tone and ATS readability, "
                                      "and lists what to improve."),
                                    _("_Review"), "critic.run"),
                       "empty");
  gtk_stack_add_named (self->stack,
                       status_page ("preferences-system-symbolic", _("No AI Provider"),
                                    _("To review with AI, choose a base URL and a model in "
                                      "Preferences → AI Provider."), NULL, NULL),
                       "unconfigured");
  self->error_page = ADW_STATUS_PAGE (status_page ("dialog-error-symbolic",
                                                   _("The Review Failed"), NULL,
                                                   _("_Try Again"), "critic.run"));
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");

  gtk_widget_set_valign (running, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (spinner, 32, 32);
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_add_css_class (running_label, "title-4");
  gtk_widget_set_halign (cancel, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (cancel, "pill");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "critic.cancel");
  gtk_box_append (GTK_BOX (running), spinner);
  gtk_box_append (GTK_BOX (running), running_label);
  gtk_box_append (GTK_BOX (running), cancel);
  gtk_stack_add_named (self->stack, running, "running");

  self->scores_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->scores_group, _("Scores"));
  for (guint i = 0; i < VOC_CRITIC_N_SCORES; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0, 100);
      GtkWidget *value = gtk_label_new (NULL);
      GtkWidget *delta = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), voc_critic_score_get_label (i));
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW, 50);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH, 75);
      gtk_level_bar_add_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL, 100);
      gtk_widget_set_size_request (bar, 200, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_label_set_width_chars (GTK_LABEL (value), 3);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_widget_add_css_class (value, "numeric");
      gtk_label_set_width_chars (GTK_LABEL (delta), 4);
      gtk_label_set_xalign (GTK_LABEL (delta), 0);
      gtk_widget_add_css_class (delta, "numeric");
      gtk_widget_add_css_class (delta, "caption");
      gtk_widget_set_tooltip_text (delta, _("Change since the previous pass"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), delta);
      adw_preferences_group_add (self->scores_group, row);
      self->bars[i] = GTK_LEVEL_BAR (bar);
      self->values[i] = GTK_LABEL (value);
      self->deltas[i] = GTK_LABEL (delta);
    }

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->scores_group));
  gtk_box_append (GTK_BOX (content), list_group (_("Issues"), &self->issues));
  gtk_box_append (GTK_BOX (content), list_group (_("History"), &self->history));
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scroller, "result");
}

/* Closing the window (gtk_window_destroy() unmaps it, and the running request's callback
 * keeps it alive) gives up the request. */
static void
voc_critic_dialog_unmap (GtkWidget *widget)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  GTK_WIDGET_CLASS (voc_critic_dialog_parent_class)->unmap (widget);
}

static void
voc_critic_dialog_dispose (GObject *object)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->assist != NULL)
    g_signal_handlers_disconnect_by_data (self->assist, self);
  g_clear_object (&self->assist);

  G_OBJECT_CLASS (voc_critic_dialog_parent_class)->dispose (object);
}

static void
voc_critic_dialog_finalize (GObject *object)
{
  VocCriticDialog *self = VOC_CRITIC_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->passes, g_ptr_array_unref);
  g_free (self->text);
  g_free (self->posting);
  g_free (self->error);

  G_OBJECT_CLASS (voc_critic_dialog_parent_class)->finalize (object);
}

static void
voc_critic_dialog_class_init (VocCriticDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_critic_dialog_dispose;
  object_class->finalize = voc_critic_dialog_finalize;
  widget_class->unmap = voc_critic_dialog_unmap;

  gtk_widget_class_install_action (widget_class, "critic.run", NULL, run_action);
  gtk_widget_class_install_action (widget_class, "critic.review-run", NULL, review_run_action);
  gtk_widget_class_install_action (widget_class, "critic.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "critic.approve", NULL, approve_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
voc_critic_dialog_init (VocCriticDialog *self)
{
  self->passes = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_critique_free);
  build (self);
}

/**
 * voc_critic_dialog_new:
 * @db: the database
 * @target_kind: "resume-version" or "document"
 * @target_id: the resume version's or the document's id
 * @text: the text to review (a resume version as Markdown, or a letter's body)
 * @posting_text: (nullable): the posting it is for
 *
 * Returns: (transfer full): a dialog showing the target's passes so far
 */
VocCriticDialog *
voc_critic_dialog_new (VocDatabase *db,
                       const char  *target_kind,
                       gint64       target_id,
                       const char  *text,
                       const char  *posting_text)
{
  VocCriticDialog *self;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (g_strcmp0 (target_kind, "resume-version") == 0 ||
                        g_strcmp0 (target_kind, "document") == 0, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (VOC_TYPE_CRITIC_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->target_kind = g_str_equal (target_kind, "document") ? VOC_CRITIC_TARGET_DOCUMENT
                                                            : VOC_CRITIC_TARGET_RESUME_VERSION;
  self->target_id = target_id;
  self->text = g_strdup (text);
  self->posting = g_strdup (posting_text);
  if (voc_ai_assist_get_default () != NULL)
    {
      self->assist = g_object_ref (voc_ai_assist_get_default ());
      g_signal_connect_swapped (self->assist, "notify::configured",
                                G_CALLBACK (on_configured_changed_cb), self);
    }
  load_passes (self);
  show_idle_page (self);
  update_actions (self);
  return self;
}

/**
 * voc_critic_dialog_present:
 * @parent: (nullable): the window it is for
 *
 * Opens the critic for a text, modal to @parent (see voc_critic_dialog_new()).
 *
 * Returns: (transfer none): the dialog, owned by GTK until it is closed
 */
VocCriticDialog *
voc_critic_dialog_present (GtkWindow   *parent,
                           VocDatabase *db,
                           const char  *target_kind,
                           gint64       target_id,
                           const char  *text,
                           const char  *posting_text)
{
  VocCriticDialog *self = voc_critic_dialog_new (db, target_kind, target_id, text,
                                                 posting_text);

  g_return_val_if_fail (self != NULL, NULL);

  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

GtkStack *
voc_critic_dialog_get_stack (VocCriticDialog *self)
{
  return self->stack;
}

GtkLevelBar *
voc_critic_dialog_get_score_bar (VocCriticDialog *self,
                                 guint            score)
{
  g_return_val_if_fail (score < VOC_CRITIC_N_SCORES, NULL);
  return self->bars[score];
}

GtkLabel *
voc_critic_dialog_get_score_delta (VocCriticDialog *self,
                                   guint            score)
{
  g_return_val_if_fail (score < VOC_CRITIC_N_SCORES, NULL);
  return self->deltas[score];
}

GtkListBox *
voc_critic_dialog_get_issues (VocCriticDialog *self)
{
  return self->issues;
}

GtkListBox *
voc_critic_dialog_get_history (VocCriticDialog *self)
{
  return self->history;
}

const char *
voc_critic_dialog_get_error (VocCriticDialog *self)
{
  return self->error;
}
