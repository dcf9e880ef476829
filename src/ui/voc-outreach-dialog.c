/* voc-outreach-dialog.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-outreach-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-ai-outreach.h"
#include "voc-critic-store.h"
#include "voc-outreach-dialog-private.h"
#include "voc-outreach-store.h"

/*
 * A message to a person about an application: choose a contact of the posting's company (or
 * type a name), a channel (an e-mail or a LinkedIn message), start from the template or have
 * AI draft it, edit it, copy it, save it as a draft or record it as sent (then the
 * application's timeline shows it). It opens with the template's draft, so it is useful
 * without AI; the AI buttons are there only when the app has an AI assist, and they say how
 * to set up a provider when there is none.
 *
 * The counter under the message says how it fits the channel: at most 150 words for an
 * e-mail, 300 characters for LinkedIn. What the verifier found in an AI draft that is
 * neither in the application nor in the library is listed above the message, to check before
 * sending. Sending a draft a model wrote keeps it as an example of the user's voice.
 */

enum
{
  CHANNEL_EMAIL,
  CHANNEL_LINKEDIN,
};

struct _VocOutreachDialog
{
  AdwWindow           parent_instance;

  AdwToastOverlay    *toasts;
  AdwComboRow        *contact_row;
  AdwEntryRow        *name_row;
  AdwComboRow        *channel_row;
  AdwEntryRow        *subject_row;
  GtkWidget          *subject_list;
  GtkTextBuffer      *body;
  GtkLabel           *counter;
  GtkLabel           *notice;
  GtkWidget          *generate_button;
  GtkWidget          *more_button;
  GtkWidget          *progress;

  VocDatabase        *db;
  VocOutreachContext *context;
  GPtrArray          *contacts;    /* VocContact */
  VocAiAssist        *assist;
  GCancellable       *cancellable;
  VocOutreach        *message;     /* the one saved, once it is */
  gint64              run_id;      /* the model_run of the draft in the editor, or 0 */
  char               *filled;      /* the draft as filled in, to know whether it was edited */
  gboolean            running;
  gboolean            disposed;    /* closed while a request ran: its widgets are gone */
};

G_DEFINE_FINAL_TYPE (VocOutreachDialog, voc_outreach_dialog, ADW_TYPE_WINDOW)

enum {
  MESSAGE_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static VocOutreachChannel
get_channel (VocOutreachDialog *self)
{
  return adw_combo_row_get_selected (self->channel_row) == CHANNEL_LINKEDIN
         ? VOC_OUTREACH_CHANNEL_LINKEDIN : VOC_OUTREACH_CHANNEL_EMAIL;
}

static VocContact *
get_contact (VocOutreachDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->contact_row);

  return selected < self->contacts->len ? g_ptr_array_index (self->contacts, selected) : NULL;
}

static char *
dup_contact_name (VocOutreachDialog *self)
{
  VocContact *contact = get_contact (self);
  g_autofree char *name = NULL;

  if (contact != NULL)
    return g_strdup (voc_contact_get_full_name (contact));
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  return *name != '\0' ? g_steal_pointer (&name) : NULL;
}

static char *
dup_body (VocOutreachDialog *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->body, &start, &end);
  return gtk_text_buffer_get_text (self->body, &start, &end, FALSE);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void
update_actions (VocOutreachDialog *self)
{
  g_autofree char *body = dup_body (self);
  gboolean configured = self->assist != NULL && voc_ai_assist_get_configured (self->assist);
  gboolean has_text = !is_blank (body);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.generate",
                                 configured && !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.review-generate",
                                 configured && !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.cancel", self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.template", !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.copy", has_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.save", has_text && !self->running);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outreach.send", has_text && !self->running);
  gtk_widget_set_visible (self->progress, self->running);
  gtk_widget_set_tooltip_text (self->generate_button,
                               configured ? _("Draft the message with AI")
                                          : _("To draft with AI, choose a base URL and a model "
                                              "in Preferences → AI Provider"));
}

static void
update_counter (VocOutreachDialog *self)
{
  g_autofree char *body = dup_body (self);
  g_autofree char *text = NULL;
  gboolean over;

  if (get_channel (self) == VOC_OUTREACH_CHANNEL_LINKEDIN)
    {
      glong n = g_utf8_strlen (body, -1);

      over = n > VOC_OUTREACH_LINKEDIN_MAX_CHARS;
      /* TRANSLATORS: how long a LinkedIn message is: "120 of 300 characters" */
      text = g_strdup_printf (_("%ld of %d characters"), n, VOC_OUTREACH_LINKEDIN_MAX_CHARS);
    }
  else
    {
      guint n = voc_outreach_count_words (body);

      over = n > VOC_OUTREACH_EMAIL_MAX_WORDS;
      /* TRANSLATORS: how long an e-mail is: "84 of 150 words" */
      text = g_strdup_printf (_("%u of %d words"), n, VOC_OUTREACH_EMAIL_MAX_WORDS);
    }
  gtk_label_set_text (self->counter, text);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->counter), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->counter), "error");
}

static void
show_notice (VocOutreachDialog *self,
             const char        *text,
             const char        *css_class)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->notice), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->notice), "warning");
  gtk_label_set_text (self->notice, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notice), text != NULL);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->notice), css_class);
}

static void
set_draft (VocOutreachDialog *self,
           VocOutreachDraft  *draft)
{
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row),
                         draft->subject != NULL ? draft->subject : "");
  gtk_text_buffer_set_text (self->body, draft->body, -1);
  g_free (self->filled);
  self->filled = g_strdup (draft->body);
  self->run_id = draft->run_id;

  if (draft->warnings->len > 0)
    {
      g_autoptr(GString) text = g_string_new (_("Check before sending — the draft says "
                                                "something that is not in your application or "
                                                "your library:"));

      for (guint i = 0; i < draft->warnings->len; i++)
        g_string_append_printf (text, "\n• %s", (char *) g_ptr_array_index (draft->warnings, i));
      show_notice (self, text->str, "warning");
    }
  else
    show_notice (self, NULL, NULL);
}

static void
fill_from_template (VocOutreachDialog *self)
{
  g_autofree char *name = dup_contact_name (self);
  g_autoptr(VocOutreachDraft) draft = voc_outreach_draft_from_template (self->context,
                                                                        get_channel (self),
                                                                        name);

  set_draft (self, draft);
}

static void
finish_run (VocOutreachDialog *self,
            GError            *error)
{
  if (self->disposed)
    return;
  self->running = FALSE;
  g_clear_object (&self->cancellable);
  if (error != NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_notice (self, error->message, "error");
  update_actions (self);
}

static void
on_outreach_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocOutreachDialog) self = user_data;
  g_autoptr(VocOutreachDraft) draft = NULL;
  g_autoptr(GError) error = NULL;

  draft = voc_ai_outreach_finish (result, &error);
  if (draft != NULL && !self->disposed)
    set_draft (self, draft);
  finish_run (self, error);
}

static void
on_prepared_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocOutreachDialog) self = user_data;
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(VocAiClient) client = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) library = NULL;
  g_autofree char *name = NULL;
  VocOutreachDialog *dialog;
  VocContact *contact;

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
  name = dup_contact_name (self);
  contact = get_contact (self);
  /* The reference goes to the callback; the arguments are read through another pointer,
   * as the order in which they are evaluated is not defined. */
  dialog = self;
  voc_ai_outreach_async (client, redactor, dialog->context, get_channel (dialog), name,
                         contact != NULL ? voc_contact_get_title (contact) : NULL,
                         (const char * const *) library, dialog->cancellable, on_outreach_cb,
                         g_steal_pointer (&self));
}

static void
generate (VocOutreachDialog *self)
{
  if (self->running || self->assist == NULL)
    return;

  self->running = TRUE;
  self->cancellable = g_cancellable_new ();
  show_notice (self, NULL, NULL);
  update_actions (self);
  voc_ai_assist_prepare_async (self->assist, self->db, self->cancellable, on_prepared_cb,
                               g_object_ref (self));
}

static void
generate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  generate (VOC_OUTREACH_DIALOG (widget));
}

static void
review_generate_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (widget);

  if (self->assist == NULL)
    return;
  voc_ai_assist_review_next (self->assist);
  generate (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
template_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  fill_from_template (VOC_OUTREACH_DIALOG (widget));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (widget);
  g_autofree char *body = dup_body (self);
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));
  g_autofree char *text = NULL;

  if (get_channel (self) == VOC_OUTREACH_CHANNEL_EMAIL && !is_blank (subject))
    /* TRANSLATORS: an e-mail copied to the clipboard: its subject line, then its body */
    text = g_strdup_printf (_("Subject: %s\n\n%s"), subject, body);
  else
    text = g_steal_pointer (&body);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Copied to the clipboard")));
}

/* The message as the form has it, on the row saved before if there is one. */
static VocOutreach *
message_from_form (VocOutreachDialog *self)
{
  g_autoptr(VocOutreach) message = self->message != NULL ? g_object_ref (self->message)
                                                         : voc_outreach_new ();
  g_autofree char *body = dup_body (self);
  VocContact *contact = get_contact (self);
  VocOutreachChannel channel = get_channel (self);
  const char *subject = gtk_editable_get_text (GTK_EDITABLE (self->subject_row));

  voc_outreach_set_application_id (message, self->context->application_id);
  voc_outreach_set_contact_id (message,
                               contact != NULL ? voc_entity_get_id (VOC_ENTITY (contact)) : 0);
  voc_outreach_set_channel (message, channel);
  voc_outreach_set_subject (message, channel == VOC_OUTREACH_CHANNEL_EMAIL && !is_blank (subject)
                                     ? subject : NULL);
  voc_outreach_set_body (message, g_strstrip (body));
  return g_steal_pointer (&message);
}

static void
save (VocOutreachDialog *self,
      gboolean           sent)
{
  g_autoptr(VocOutreach) message = message_from_form (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = sent ? voc_outreach_store_mark_sent (self->db, message, NULL, self->run_id, &error)
            : voc_outreach_store_save_draft (self->db, message, &error);
  if (!ok)
    {
      g_autofree char *text = g_strdup_printf (_("Cannot save the message: %s"),
                                               error->message);

      show_notice (self, text, "error");
      return;
    }
  g_set_object (&self->message, message);
  adw_toast_overlay_add_toast (self->toasts,
                               adw_toast_new (sent ? _("Recorded as sent") : _("Draft saved")));
  g_signal_emit (self, signals[MESSAGE_SAVED], 0, message);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (VOC_OUTREACH_DIALOG (widget), FALSE);
}

static void
send_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (VOC_OUTREACH_DIALOG (widget), TRUE);
}

static void
on_body_changed_cb (VocOutreachDialog *self)
{
  update_counter (self);
  update_actions (self);
}

/* A template draft the user has not touched follows the recipient and the channel. */
static void
refill_if_untouched (VocOutreachDialog *self)
{
  g_autofree char *body = NULL;

  if (self->filled == NULL || self->run_id != 0 || self->running)
    return;
  body = dup_body (self);
  if (g_str_equal (body, self->filled))
    fill_from_template (self);
}

static void
on_channel_selected_cb (VocOutreachDialog *self)
{
  gtk_widget_set_visible (self->subject_list, get_channel (self) == VOC_OUTREACH_CHANNEL_EMAIL);
  refill_if_untouched (self);
  update_counter (self);
}

static void
on_contact_selected_cb (VocOutreachDialog *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), get_contact (self) == NULL);
  refill_if_untouched (self);
}

static void
on_configured_changed_cb (VocOutreachDialog *self)
{
  update_actions (self);
}

static GtkWidget *
button (const char *label,
        const char *tooltip,
        const char *action_name)
{
  GtkWidget *widget = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_tooltip_text (widget, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (widget), action_name);
  return widget;
}

static void
build (VocOutreachDialog *self)
{
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *recipient = adw_preferences_group_new ();
  GtkWidget *message = adw_preferences_group_new ();
  GtkWidget *suffix = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *progress_label = gtk_label_new (_("Drafting…"));
  GtkWidget *actions = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *editor;
  GtkWidget *send = button (_("_Mark Sent"), _("Record that you sent this message"),
                            "outreach.send");
  const char *channels[] = { N_("E-mail"), N_("LinkedIn Message"), NULL };
  g_autoptr(GtkStringList) channel_list = gtk_string_list_new (NULL);
  g_autoptr(GMenu) menu = g_menu_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Draft Message"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 680);
  gtk_box_append (GTK_BOX (toolbar), header);

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->toasts), TRUE);
  adw_toast_overlay_set_child (self->toasts, scroller);
  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (recipient), _("Recipient"));
  self->contact_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contact_row), _("Contact"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (recipient), GTK_WIDGET (self->contact_row));
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (recipient), GTK_WIDGET (self->name_row));
  for (guint i = 0; channels[i] != NULL; i++)
    gtk_string_list_append (channel_list, _(channels[i]));
  self->channel_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->channel_row), _("Channel"));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channel_list));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (recipient), GTK_WIDGET (self->channel_row));
  gtk_box_append (GTK_BOX (content), recipient);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (message), _("Message"));
  self->generate_button = button (_("_Generate with AI"), NULL, "outreach.generate");
  self->more_button = gtk_menu_button_new ();
  g_menu_append (menu, _("_Show What Will Be Sent…"), "outreach.review-generate");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->more_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->more_button), "view-more-symbolic");
  gtk_widget_set_tooltip_text (self->more_button, _("More AI Options"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->more_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("More AI Options"), -1);
  gtk_box_append (GTK_BOX (suffix), button (_("From _Template"),
                                            _("Start again from a plain draft made from the "
                                              "application"), "outreach.template"));
  gtk_box_append (GTK_BOX (suffix), self->generate_button);
  gtk_box_append (GTK_BOX (suffix), self->more_button);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (message), suffix);

  /* The group gives the header and its buttons; the message itself is not a list row. */
  gtk_box_append (GTK_BOX (content), message);
  editor = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->progress = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_hexpand (progress_label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (progress_label), 0);
  gtk_box_append (GTK_BOX (self->progress), spinner);
  gtk_box_append (GTK_BOX (self->progress), progress_label);
  gtk_box_append (GTK_BOX (self->progress), button (_("_Cancel"), _("Stop drafting"),
                                                    "outreach.cancel"));
  gtk_box_append (GTK_BOX (editor), self->progress);

  self->notice = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->notice, TRUE);
  gtk_label_set_xalign (self->notice, 0);
  gtk_widget_set_visible (GTK_WIDGET (self->notice), FALSE);
  gtk_box_append (GTK_BOX (editor), GTK_WIDGET (self->notice));

  self->subject_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->subject_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->subject_list, "boxed-list");
  self->subject_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->subject_row), _("Subject"));
  gtk_list_box_append (GTK_LIST_BOX (self->subject_list), GTK_WIDGET (self->subject_row));
  gtk_box_append (GTK_BOX (editor), self->subject_list);

  self->body = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_widget_set_size_request (view, -1, 240);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Message"), -1);
  gtk_box_append (GTK_BOX (editor), view);
  self->counter = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->counter, 1);
  gtk_widget_add_css_class (GTK_WIDGET (self->counter), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->counter), "numeric");
  gtk_box_append (GTK_BOX (editor), GTK_WIDGET (self->counter));
  gtk_box_append (GTK_BOX (content), editor);

  gtk_widget_set_halign (actions, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (actions), button (_("_Copy to Clipboard"),
                                             _("Copy the message to paste it where you send it"),
                                             "outreach.copy"));
  gtk_box_append (GTK_BOX (actions), button (_("Save _Draft"),
                                             _("Keep the message with the application"),
                                             "outreach.save"));
  gtk_widget_add_css_class (send, "suggested-action");
  gtk_box_append (GTK_BOX (actions), send);
  gtk_box_append (GTK_BOX (content), actions);

  gtk_widget_set_margin_top (content, 24);
  gtk_widget_set_margin_bottom (content, 24);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);

  g_signal_connect_swapped (self->body, "changed", G_CALLBACK (on_body_changed_cb), self);
  g_signal_connect_swapped (self->channel_row, "notify::selected",
                            G_CALLBACK (on_channel_selected_cb), self);
  g_signal_connect_swapped (self->contact_row, "notify::selected",
                            G_CALLBACK (on_contact_selected_cb), self);
}

/* Closing the window (gtk_window_destroy() unmaps it, and the running request's callback
 * keeps it alive) gives up the request. */
static void
voc_outreach_dialog_unmap (GtkWidget *widget)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  GTK_WIDGET_CLASS (voc_outreach_dialog_parent_class)->unmap (widget);
}

static void
voc_outreach_dialog_dispose (GObject *object)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (object);

  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  if (self->assist != NULL)
    g_signal_handlers_disconnect_by_data (self->assist, self);
  g_clear_object (&self->assist);

  G_OBJECT_CLASS (voc_outreach_dialog_parent_class)->dispose (object);
}

static void
voc_outreach_dialog_finalize (GObject *object)
{
  VocOutreachDialog *self = VOC_OUTREACH_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->message);
  g_free (self->filled);
  g_clear_pointer (&self->context, voc_outreach_context_free);
  g_clear_pointer (&self->contacts, g_ptr_array_unref);

  G_OBJECT_CLASS (voc_outreach_dialog_parent_class)->finalize (object);
}

static void
voc_outreach_dialog_class_init (VocOutreachDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_outreach_dialog_dispose;
  object_class->finalize = voc_outreach_dialog_finalize;
  widget_class->unmap = voc_outreach_dialog_unmap;

  /**
   * VocOutreachDialog::message-saved:
   * @message: the message as stored
   *
   * A draft was saved or a message recorded as sent.
   */
  signals[MESSAGE_SAVED] = g_signal_new ("message-saved", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                         VOC_TYPE_OUTREACH);

  gtk_widget_class_install_action (widget_class, "outreach.generate", NULL, generate_action);
  gtk_widget_class_install_action (widget_class, "outreach.review-generate", NULL,
                                   review_generate_action);
  gtk_widget_class_install_action (widget_class, "outreach.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "outreach.template", NULL, template_action);
  gtk_widget_class_install_action (widget_class, "outreach.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "outreach.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "outreach.send", NULL, send_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
voc_outreach_dialog_init (VocOutreachDialog *self)
{
  build (self);
}

/**
 * voc_outreach_dialog_new:
 * @db: the database
 * @application_id: the application the message is about
 * @error: return location for a #VOC_DATABASE_ERROR
 *
 * Returns: (transfer full) (nullable): the dialog, with the template's draft for the first
 *   contact of the posting's company, or %NULL when the application cannot be read
 */
VocOutreachDialog *
voc_outreach_dialog_new (VocDatabase  *db,
                         gint64        application_id,
                         GError      **error)
{
  g_autoptr(VocOutreachContext) context = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  VocOutreachDialog *self;

  g_return_val_if_fail (VOC_IS_DATABASE (db), NULL);

  context = voc_outreach_store_dup_context (db, application_id, error);
  if (context == NULL)
    return NULL;
  contacts = voc_outreach_store_list_contacts (db, context->company_id, error);
  if (contacts == NULL)
    return NULL;

  self = g_object_new (VOC_TYPE_OUTREACH_DIALOG, NULL);
  self->db = g_object_ref (db);
  self->context = g_steal_pointer (&context);
  self->contacts = g_steal_pointer (&contacts);
  for (guint i = 0; i < self->contacts->len; i++)
    gtk_string_list_append (names, voc_contact_get_full_name (g_ptr_array_index (self->contacts,
                                                                                 i)));
  gtk_string_list_append (names, _("Someone Else"));
  adw_combo_row_set_model (self->contact_row, G_LIST_MODEL (names));
  on_contact_selected_cb (self);
  on_channel_selected_cb (self);

  self->assist = voc_ai_assist_get_default () != NULL
                 ? g_object_ref (voc_ai_assist_get_default ()) : NULL;
  if (self->assist != NULL)
    g_signal_connect_swapped (self->assist, "notify::configured",
                              G_CALLBACK (on_configured_changed_cb), self);
  /* No dead buttons: without an assist there is no AI here at all. */
  gtk_widget_set_visible (self->generate_button, self->assist != NULL);
  gtk_widget_set_visible (self->more_button, self->assist != NULL);

  fill_from_template (self);
  update_counter (self);
  update_actions (self);
  return self;
}

/**
 * voc_outreach_dialog_present:
 * @parent: (nullable): the window it is for
 *
 * Opens the dialog for an application, modal to @parent; when the application cannot be
 * read, says so in a message dialog instead.
 *
 * Returns: (transfer none) (nullable): the dialog, owned by GTK until it is closed
 */
VocOutreachDialog *
voc_outreach_dialog_present (GtkWindow   *parent,
                             VocDatabase *db,
                             gint64       application_id)
{
  g_autoptr(GError) error = NULL;
  VocOutreachDialog *self = voc_outreach_dialog_new (db, application_id, &error);

  if (self == NULL)
    {
      GtkWidget *alert = adw_message_dialog_new (parent, _("Cannot Draft a Message"),
                                                 error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (alert), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (alert));
      return NULL;
    }
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }
  gtk_window_present (GTK_WINDOW (self));
  return self;
}

AdwComboRow *
voc_outreach_dialog_get_contact_row (VocOutreachDialog *self)
{
  return self->contact_row;
}

AdwEntryRow *
voc_outreach_dialog_get_name_row (VocOutreachDialog *self)
{
  return self->name_row;
}

AdwComboRow *
voc_outreach_dialog_get_channel_row (VocOutreachDialog *self)
{
  return self->channel_row;
}

AdwEntryRow *
voc_outreach_dialog_get_subject_row (VocOutreachDialog *self)
{
  return self->subject_row;
}

GtkTextBuffer *
voc_outreach_dialog_get_body (VocOutreachDialog *self)
{
  return self->body;
}

GtkLabel *
voc_outreach_dialog_get_counter (VocOutreachDialog *self)
{
  return self->counter;
}

GtkLabel *
voc_outreach_dialog_get_notice (VocOutreachDialog *self)
{
  return self->notice;
}

GtkWidget *
voc_outreach_dialog_get_generate_button (VocOutreachDialog *self)
{
  return self->generate_button;
}

VocOutreach *
voc_outreach_dialog_get_message (VocOutreachDialog *self)
{
  return self->message;
}

gboolean
voc_outreach_dialog_get_running (VocOutreachDialog *self)
{
  return self->running;
}
