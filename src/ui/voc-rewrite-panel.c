/* voc-rewrite-panel.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-rewrite-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-bullet-rewrites.h"
#include "voc-rewrite-panel.h"
#include "voc-word-diff.h"

/*
 * "Suggest Rewrites with AI" in the tailoring window: asks the model for rewrites of the
 * tailored resume's bullets (voc-ai-rewrite.c), with progress and Cancel, and lists each
 * verified suggestion as a word diff against the bullet with the model's rationale and
 * Accept / Reject; the suggestions the verifier refused are listed apart with its reasons.
 * Accepting puts the text in the tailored resume only (the window shows it and its ATS
 * figures at once; "changed"), keeps it as an approved output, and holds it for the save,
 * which records where it came from (voc_bullet_rewrites_save_tailored()). Rejecting keeps
 * the bullet as the user wrote it and stores nothing. The panel is there only when an AI
 * provider is set up; once the version is saved it is locked.
 */

typedef enum
{
  ITEM_PENDING,
  ITEM_ACCEPTED,
  ITEM_REJECTED,
} ItemState;

typedef struct
{
  VocAiRewriteSuggestion *suggestion;
  GtkWidget              *row;
  GtkWidget              *accept;
  GtkWidget              *reject;
  GtkWidget              *status;
  ItemState               state;
} Item;

struct _VocRewritePanel
{
  GtkBox           parent_instance;

  AdwPreferencesGroup *group;
  AdwPreferencesGroup *refused_group;
  GtkWidget       *suggest_button;
  GtkWidget       *progress_row;
  GtkWidget       *error_row;
  GtkWidget       *empty_row;
  GPtrArray       *refused_rows;

  VocFitStore     *store;
  gint64           posting_id;
  VocFitTailored  *tailored;
  GStrv            library;
  VocFitPosting   *posting;
  GCancellable    *cancellable;
  GPtrArray       *suggestions;  /* VocAiRewriteSuggestion */
  GPtrArray       *items;        /* Item */
  GPtrArray       *rewrites;     /* VocBulletRewrite */
  gint64           run_id;
  gboolean         locked;
};

G_DEFINE_FINAL_TYPE (VocRewritePanel, voc_rewrite_panel, GTK_TYPE_BOX)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
toast (VocRewritePanel *self,
       const char      *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static gboolean
is_running (VocRewritePanel *self)
{
  return self->cancellable != NULL;
}

static void
update_actions (VocRewritePanel *self)
{
  gboolean can_suggest = self->tailored != NULL && !self->locked && !is_running (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewrite.suggest", can_suggest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewrite.review", can_suggest);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewrite.cancel", is_running (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewrite.accept", !self->locked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "rewrite.reject", !self->locked);
  gtk_widget_set_visible (self->progress_row, is_running (self));
}

static void
clear_suggestions (VocRewritePanel *self)
{
  for (guint i = 0; i < self->items->len; i++)
    adw_preferences_group_remove (self->group, ((Item *) g_ptr_array_index (self->items, i))->row);
  g_ptr_array_set_size (self->items, 0);
  for (guint i = 0; i < self->refused_rows->len; i++)
    adw_preferences_group_remove (self->refused_group, g_ptr_array_index (self->refused_rows, i));
  g_ptr_array_set_size (self->refused_rows, 0);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  gtk_widget_set_visible (GTK_WIDGET (self->refused_group), FALSE);
  gtk_widget_set_visible (self->empty_row, FALSE);
  gtk_widget_set_visible (self->error_row, FALSE);
}

static char *
shorten (const char *text)
{
  return g_utf8_strlen (text, -1) > 40
           ? g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (text, 40) - text), text)
           : g_strdup (text);
}

static GtkWidget *
decision_button_new (const char *label,
                     const char *action,
                     guint       index,
                     const char *name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  return button;
}

static void
add_item (VocRewritePanel        *self,
          VocAiRewriteSuggestion *suggestion)
{
  Item *item = g_new0 (Item, 1);
  g_autoptr(GPtrArray) diff = voc_word_diff (suggestion->source, suggestion->text);
  g_autofree char *markup = voc_word_diff_markup (diff);
  g_autofree char *rationale = g_markup_escape_text (suggestion->rationale, -1);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *start = shorten (suggestion->source);
  g_autofree char *accept_name = NULL;
  g_autofree char *reject_name = NULL;
  guint index = self->items->len;

  item->suggestion = suggestion;
  item->row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (item->row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (item->row), markup);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (item->row), rationale);
  gtk_widget_add_css_class (item->row, "rewrite-suggestion");
  {
    /* The diff read aloud is both texts mixed: say which is which. */
    /* TRANSLATORS: read by a screen reader for a suggested rewrite */
    g_autofree char *description = g_strdup_printf (_("Suggested: %s. Now: %s."),
                                                    suggestion->text, suggestion->source);

    gtk_accessible_update_property (GTK_ACCESSIBLE (item->row),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  }

  /* TRANSLATORS: the accessible name of a button; %s is the start of the bullet */
  accept_name = g_strdup_printf (_("Accept the rewrite of “%s”"), start);
  /* TRANSLATORS: the accessible name of a button; %s is the start of the bullet */
  reject_name = g_strdup_printf (_("Reject the rewrite of “%s”"), start);
  item->accept = decision_button_new (_("_Accept"), "rewrite.accept", index, accept_name);
  gtk_widget_add_css_class (item->accept, "suggested-action");
  item->reject = decision_button_new (_("_Reject"), "rewrite.reject", index, reject_name);
  item->status = gtk_label_new (NULL);
  gtk_widget_add_css_class (item->status, "dim-label");
  gtk_widget_set_visible (item->status, FALSE);
  gtk_box_append (GTK_BOX (buttons), item->reject);
  gtk_box_append (GTK_BOX (buttons), item->accept);
  gtk_box_append (GTK_BOX (buttons), item->status);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (item->row), buttons);

  adw_preferences_group_add (self->group, item->row);
  g_ptr_array_add (self->items, item);
}

static void
add_refused (VocRewritePanel        *self,
             VocAiRewriteSuggestion *suggestion)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  g_autoptr(GString) reasons = g_string_new (NULL);

  for (guint i = 0; i < suggestion->reasons->len; i++)
    g_string_append_printf (reasons, "%s%s", i > 0 ? "\n" : "",
                            (const char *) g_ptr_array_index (suggestion->reasons, i));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), suggestion->text);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reasons->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Refused"), -1);
  gtk_widget_set_tooltip_text (icon, _("Refused: the bullet stays as you wrote it"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_group_add (self->refused_group, row);
  g_ptr_array_add (self->refused_rows, row);
}

/**
 * voc_rewrite_panel_show_suggestions:
 * @suggestions: (element-type VocAiRewriteSuggestion): verified suggestions
 * @run_id: the model run that wrote them
 *
 * Lists @suggestions for review, replacing any listed before.
 */
void
voc_rewrite_panel_show_suggestions (VocRewritePanel *self,
                                    GPtrArray       *suggestions,
                                    gint64           run_id)
{
  guint n_refused = 0;

  g_return_if_fail (VOC_IS_REWRITE_PANEL (self));

  clear_suggestions (self);
  self->suggestions = g_ptr_array_ref (suggestions);
  self->run_id = run_id;

  for (guint i = 0; i < suggestions->len; i++)
    {
      VocAiRewriteSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      if (suggestion->accepted)
        add_item (self, suggestion);
      else
        {
          add_refused (self, suggestion);
          n_refused++;
        }
    }

  gtk_widget_set_visible (self->empty_row, self->items->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->refused_group), n_refused > 0);
  update_actions (self);
}

static void
on_rewritten_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(VocRewritePanel) self = user_data;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 run_id = 0;

  suggestions = voc_ai_rewrite_finish (result, &run_id, &error);
  g_clear_object (&self->cancellable);
  update_actions (self);

  if (suggestions == NULL)
    {
      /* Cancelled, or the user chose not to send: nothing to say. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->error_row), error->message);
      gtk_widget_set_visible (self->error_row, TRUE);
      return;
    }
  voc_rewrite_panel_show_suggestions (self, suggestions, run_id);
}

static void
on_prepared_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocRewritePanel) self = user_data;
  g_autoptr(VocAiClient) client = NULL;
  g_autoptr(VocAiRedactor) redactor = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) bullets = g_array_new (FALSE, TRUE, sizeof (VocAiRewriteBullet));
  JsonArray *work;

  client = voc_ai_assist_prepare_finish (VOC_AI_ASSIST (object), result, &redactor, &error);
  if (client != NULL && (self->tailored == NULL || g_cancellable_is_cancelled (self->cancellable)))
    {
      g_clear_object (&client);
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "Cancelled");
    }
  if (client == NULL)
    {
      g_clear_object (&self->cancellable);
      update_actions (self);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->error_row), error->message);
          gtk_widget_set_visible (self->error_row, TRUE);
        }
      return;
    }

  /* Every line of the tailored resume that came from a bullet of the library. */
  work = json_object_has_member (self->tailored->resume, "work")
           ? json_object_get_array_member (self->tailored->resume, "work") : NULL;
  for (guint w = 0; work != NULL && w < json_array_get_length (work); w++)
    {
      JsonObject *entry = json_array_get_object_element (work, w);
      JsonArray *lines = json_object_has_member (entry, "highlights")
                           ? json_object_get_array_member (entry, "highlights") : NULL;

      for (guint h = 0; lines != NULL && h < json_array_get_length (lines); h++)
        {
          g_autofree char *key = g_strdup_printf ("work[%u].highlights[%u]", w, h);
          VocAiRewriteBullet bullet = {
            .text = json_array_get_string_element (lines, h),
            .title = json_object_get_string_member_with_default (entry, "position", NULL),
            .employer = json_object_get_string_member_with_default (entry, "name", NULL),
          };

          if (!json_object_has_member (self->tailored->sources, key))
            continue;
          bullet.id = json_object_get_string_member (self->tailored->sources, key);
          g_array_append_val (bullets, bullet);
        }
    }

  voc_ai_rewrite_async (client, redactor, voc_fit_posting_get_text (self->posting),
                        self->posting_id, (VocAiRewriteBullet *) bullets->data, bullets->len,
                        (const char * const *) self->library, self->cancellable,
                        on_rewritten_cb, g_object_ref (self));
}

static void
suggest (VocRewritePanel *self)
{
  VocAiAssist *assist = voc_ai_assist_get_default ();
  g_autoptr(GError) error = NULL;

  if (assist == NULL || self->tailored == NULL || self->locked || is_running (self))
    return;

  if (self->posting == NULL)
    {
      self->posting = voc_fit_store_load_posting (self->store, self->posting_id, &error);
      if (self->posting == NULL)
        {
          adw_action_row_set_subtitle (ADW_ACTION_ROW (self->error_row), error->message);
          gtk_widget_set_visible (self->error_row, TRUE);
          return;
        }
    }

  gtk_widget_set_visible (self->error_row, FALSE);
  self->cancellable = g_cancellable_new ();
  update_actions (self);
  voc_ai_assist_prepare_async (assist, voc_fit_store_get_database (self->store),
                               self->cancellable, on_prepared_cb, g_object_ref (self));
}

static void
suggest_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  suggest (VOC_REWRITE_PANEL (widget));
}

static void
review_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocAiAssist *assist = voc_ai_assist_get_default ();

  if (assist != NULL)
    voc_ai_assist_review_next (assist);
  suggest (VOC_REWRITE_PANEL (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
}

static void
decide (Item       *item,
        ItemState   state,
        const char *status)
{
  item->state = state;
  gtk_widget_set_visible (item->accept, FALSE);
  gtk_widget_set_visible (item->reject, FALSE);
  gtk_label_set_text (GTK_LABEL (item->status), status);
  gtk_widget_set_visible (item->status, TRUE);
}

static Item *
pending_item (VocRewritePanel *self,
              GVariant        *parameter)
{
  guint index = g_variant_get_uint32 (parameter);
  Item *item;

  if (self->locked || index >= self->items->len)
    return NULL;
  item = g_ptr_array_index (self->items, index);
  return item->state == ITEM_PENDING ? item : NULL;
}

static gboolean
has_line (VocFitTailored *tailored,
          const char     *bullet_uuid)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  json_object_iter_init (&iter, tailored->sources);
  while (json_object_iter_next (&iter, &key, &value))
    if (g_strcmp0 (json_node_get_string (value), bullet_uuid) == 0)
      return TRUE;
  return FALSE;
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (widget);
  Item *item = pending_item (self, parameter);
  g_autoptr(VocBulletRewrite) rewrite = NULL;
  g_autoptr(GError) error = NULL;

  if (item == NULL || self->tailored == NULL)
    return;

  if (!has_line (self->tailored, item->suggestion->bullet_id))
    {
      toast (self, _("That bullet is no longer in the tailored resume"));
      return;
    }

  rewrite = voc_bullet_rewrite_new (item->suggestion->bullet_id, item->suggestion->text,
                                    self->run_id);
  if (voc_bullet_rewrites_accept (voc_fit_store_get_database (self->store), rewrite,
                                  &error) == 0)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot keep the rewrite: %s"),
                                                   error->message);

      toast (self, message);
      return;
    }

  voc_fit_tailored_rewrite (self->tailored, self->posting, rewrite->bullet_uuid, rewrite->text);

  /* A later rewrite of the same bullet replaces the earlier one. */
  for (guint i = self->rewrites->len; i-- > 0;)
    {
      VocBulletRewrite *earlier = g_ptr_array_index (self->rewrites, i);

      if (g_str_equal (earlier->bullet_uuid, rewrite->bullet_uuid))
        g_ptr_array_remove_index (self->rewrites, i);
    }
  g_ptr_array_add (self->rewrites, g_steal_pointer (&rewrite));

  decide (item, ITEM_ACCEPTED, _("Accepted"));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
reject_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (widget);
  Item *item = pending_item (self, parameter);

  if (item != NULL)
    decide (item, ITEM_REJECTED, _("Rejected"));
}

/* GObject */

static void
build (VocRewritePanel *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *spinner = gtk_spinner_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *error_icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 24);

  self->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->group, _("Rewrites"));
  adw_preferences_group_set_description (self->group,
                                         _("Better wording for this job, checked against "
                                           "your library. Nothing changes until you accept."));

  g_menu_append (menu, _("_Show What Will Be Sent…"), "rewrite.review");
  self->suggest_button = adw_split_button_new ();
  adw_split_button_set_use_underline (ADW_SPLIT_BUTTON (self->suggest_button), TRUE);
  adw_split_button_set_label (ADW_SPLIT_BUTTON (self->suggest_button),
                              _("_Suggest Rewrites with AI"));
  adw_split_button_set_menu_model (ADW_SPLIT_BUTTON (self->suggest_button), G_MENU_MODEL (menu));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->suggest_button), "rewrite.suggest");
  gtk_widget_set_valign (self->suggest_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->suggest_button,
                               _("Ask your AI provider for better wording of these bullets"));
  adw_preferences_group_set_header_suffix (self->group, self->suggest_button);

  self->progress_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->progress_row),
                                 _("Asking for rewrites…"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->progress_row),
                               _("Every suggestion is checked before it is shown"));
  gtk_spinner_start (GTK_SPINNER (spinner));
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->progress_row), spinner);
  gtk_widget_set_valign (cancel, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "rewrite.cancel");
  gtk_widget_set_tooltip_text (cancel, _("Stop asking for rewrites"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->progress_row), cancel);
  adw_preferences_group_add (self->group, self->progress_row);

  self->error_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->error_row),
                                 _("Cannot Suggest Rewrites"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->error_row), FALSE);
  gtk_widget_add_css_class (self->error_row, "error");
  adw_action_row_add_prefix (ADW_ACTION_ROW (self->error_row), error_icon);
  gtk_widget_set_visible (self->error_row, FALSE);
  adw_preferences_group_add (self->group, self->error_row);

  self->empty_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->empty_row),
                                 _("No Rewrites Suggested"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->empty_row),
                               _("The model would keep these bullets as they are"));
  gtk_widget_set_visible (self->empty_row, FALSE);
  adw_preferences_group_add (self->group, self->empty_row);

  self->refused_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->refused_group, _("Refused Suggestions"));
  adw_preferences_group_set_description (self->refused_group,
                                         _("These add facts that are not in the bullet or your "
                                           "library, so they cannot be used. Your bullets stay "
                                           "as you wrote them."));
  gtk_widget_set_visible (GTK_WIDGET (self->refused_group), FALSE);

  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->group));
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->refused_group));
}

/* Out of its window (the window is closing): the request ends, and the tailored resume,
 * which is the window's, is no longer ours to touch. A request in flight holds a reference
 * to the panel, so this cannot wait for dispose. */
static void
voc_rewrite_panel_unroot (GtkWidget *widget)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  self->tailored = NULL;

  GTK_WIDGET_CLASS (voc_rewrite_panel_parent_class)->unroot (widget);
}

static void
voc_rewrite_panel_dispose (GObject *object)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  self->tailored = NULL;

  G_OBJECT_CLASS (voc_rewrite_panel_parent_class)->dispose (object);
}

static void
voc_rewrite_panel_finalize (GObject *object)
{
  VocRewritePanel *self = VOC_REWRITE_PANEL (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->store);
  g_clear_pointer (&self->posting, voc_fit_posting_free);
  g_clear_pointer (&self->library, g_strfreev);
  g_clear_pointer (&self->suggestions, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->refused_rows, g_ptr_array_unref);
  g_clear_pointer (&self->rewrites, g_ptr_array_unref);

  G_OBJECT_CLASS (voc_rewrite_panel_parent_class)->finalize (object);
}

static void
voc_rewrite_panel_class_init (VocRewritePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = voc_rewrite_panel_dispose;
  object_class->finalize = voc_rewrite_panel_finalize;
  widget_class->unroot = voc_rewrite_panel_unroot;

  /**
   * VocRewritePanel::changed:
   *
   * An accepted rewrite changed the tailored resume.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "rewrite.suggest", NULL, suggest_action);
  gtk_widget_class_install_action (widget_class, "rewrite.review", NULL, review_action);
  gtk_widget_class_install_action (widget_class, "rewrite.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "rewrite.accept", "u", accept_action);
  gtk_widget_class_install_action (widget_class, "rewrite.reject", "u", reject_action);
}

static void
voc_rewrite_panel_init (VocRewritePanel *self)
{
  VocAiAssist *assist = voc_ai_assist_get_default ();

  self->items = g_ptr_array_new_with_free_func (g_free);
  self->refused_rows = g_ptr_array_new ();
  self->rewrites = g_ptr_array_new_with_free_func ((GDestroyNotify) voc_bullet_rewrite_free);
  build (self);
  update_actions (self);

  /* No provider, no AI action: everything here works without one. */
  if (assist != NULL)
    g_object_bind_property (assist, "configured", self, "visible", G_BINDING_SYNC_CREATE);
  else
    gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * voc_rewrite_panel_new:
 * @store: the fit store of the library
 * @posting_id: the posting the resume is tailored for
 *
 * Returns: (transfer floating): a panel, hidden unless an AI provider is set up
 */
GtkWidget *
voc_rewrite_panel_new (VocFitStore *store,
                       gint64       posting_id)
{
  VocRewritePanel *self;

  g_return_val_if_fail (VOC_IS_FIT_STORE (store), NULL);

  self = g_object_new (VOC_TYPE_REWRITE_PANEL, NULL);
  self->store = g_object_ref (store);
  self->posting_id = posting_id;
  return GTK_WIDGET (self);
}

/**
 * voc_rewrite_panel_set_tailored:
 * @tailored: (nullable): the tailored resume, which accepting changes; it must outlive the
 *   panel or be unset first
 * @library: (nullable): the user's whole library as a resume, for the verifier
 */
void
voc_rewrite_panel_set_tailored (VocRewritePanel *self,
                                VocFitTailored  *tailored,
                                JsonObject      *library)
{
  g_return_if_fail (VOC_IS_REWRITE_PANEL (self));

  self->tailored = tailored;
  g_clear_pointer (&self->library, g_strfreev);
  self->library = voc_ai_rewrite_library_facts (library);
  update_actions (self);
}

/**
 * voc_rewrite_panel_set_locked:
 *
 * Once the version is saved as sent it does not change: no more suggestions or decisions.
 */
void
voc_rewrite_panel_set_locked (VocRewritePanel *self,
                              gboolean         locked)
{
  g_return_if_fail (VOC_IS_REWRITE_PANEL (self));

  self->locked = locked;
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);

      if (item->state == ITEM_PENDING && locked)
        decide (item, ITEM_REJECTED, _("Not used"));
    }
  update_actions (self);
}

/**
 * voc_rewrite_panel_get_rewrites:
 *
 * Returns: (transfer none) (element-type VocBulletRewrite): the rewrites accepted, one per
 *   bullet
 */
GPtrArray *
voc_rewrite_panel_get_rewrites (VocRewritePanel *self)
{
  g_return_val_if_fail (VOC_IS_REWRITE_PANEL (self), NULL);

  return self->rewrites;
}

/**
 * voc_rewrite_panel_get_suggestions:
 *
 * Returns: (transfer none) (nullable) (element-type VocAiRewriteSuggestion): the suggestions
 *   listed, refused ones included
 */
GPtrArray *
voc_rewrite_panel_get_suggestions (VocRewritePanel *self)
{
  g_return_val_if_fail (VOC_IS_REWRITE_PANEL (self), NULL);

  return self->suggestions;
}

gboolean
voc_rewrite_panel_get_running (VocRewritePanel *self)
{
  g_return_val_if_fail (VOC_IS_REWRITE_PANEL (self), FALSE);

  return is_running (self);
}
