/* voc-ai-assist.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai-assist"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "voc-ai-assist.h"
#include "voc-ai-job-analysis.h"

/*
 * What every AI action in the window starts from. voc_ai_assist_prepare_async() answers with
 * a client set up from the user's provider (base URL and model from GSettings, the key from
 * the keyring) and a redactor that knows the user's contacts, confidential clients and own
 * contact details.
 *
 * The client holds every chat request back until the user has seen it: the first request of
 * each kind (and every request with "ai-review-always", or the next one after
 * voc_ai_assist_review_next()) opens a dialog showing exactly the text that will be sent,
 * after redaction, with Send and Don't Send. Declining sends nothing.
 *
 * One client is kept for the database last prepared, so what it learnt of the server (which
 * structured-output mode it accepts) is kept between actions.
 */

struct _VocAiAssist
{
  GObject       parent_instance;

  GSettings    *settings;
  VocAiSecrets *secrets;
  SoupSession  *session;
  VocAiClient  *client;
  gboolean      review_next;
};

G_DEFINE_FINAL_TYPE (VocAiAssist, voc_ai_assist, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CONFIGURED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static VocAiAssist *default_assist;

typedef struct
{
  VocDatabase   *database;
  VocAiClient   *client;
  VocAiRedactor *redactor;
} Prepare;

static void
prepare_free (Prepare *prepare)
{
  g_clear_object (&prepare->database);
  g_clear_object (&prepare->client);
  g_clear_object (&prepare->redactor);
  g_free (prepare);
}

/**
 * voc_ai_assist_purpose_label:
 * @purpose: a `model_run` purpose
 *
 * Returns: what the user calls that kind of request
 */
const char *
voc_ai_assist_purpose_label (const char *purpose)
{
  static const struct { const char *purpose; const char *label; } labels[] = {
    { VOC_AI_PURPOSE_JOB_ANALYSIS, N_("Job analysis") },
    { VOC_AI_PURPOSE_BULLET_REWRITE, N_("Bullet rewriting") },
    { VOC_AI_PURPOSE_COVER_LETTER, N_("Cover letter") },
    { VOC_AI_PURPOSE_CRITIC, N_("Critic review") },
    { VOC_AI_PURPOSE_OUTREACH, N_("Outreach message") },
  };

  g_return_val_if_fail (purpose != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (labels[i].purpose, purpose))
      return _(labels[i].label);
  return purpose;
}

static GtkWindow *
find_parent (void)
{
  GApplication *app = g_application_get_default ();
  GListModel *toplevels;

  if (GTK_IS_APPLICATION (app) && gtk_application_get_active_window (GTK_APPLICATION (app)))
    return gtk_application_get_active_window (GTK_APPLICATION (app));

  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (window)) && !ADW_IS_MESSAGE_DIALOG (window))
        return window;
    }
  return NULL;
}

static void
remember_reviewed (VocAiAssist *self,
                   const char  *purpose)
{
  g_auto(GStrv) reviewed = g_settings_get_strv (self->settings, "ai-reviewed-purposes");
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) updated = NULL;

  if (g_strv_contains ((const char * const *) reviewed, purpose))
    return;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) reviewed);
  g_strv_builder_add (builder, purpose);
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "ai-reviewed-purposes", (const char * const *) updated);
}

typedef struct
{
  VocAiAssist *self;
  VocAiReview *review;
  char        *purpose;
  gulong       cancelled_id;
} Shown;

static void
shown_free (Shown *shown)
{
  g_clear_object (&shown->self);
  g_clear_pointer (&shown->review, voc_ai_review_unref);
  g_free (shown->purpose);
  g_free (shown);
}

static void
on_review_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  Shown *shown = user_data;
  GCancellable *cancellable = voc_ai_review_get_cancellable (shown->review);

  if (cancellable != NULL && shown->cancelled_id != 0)
    g_cancellable_disconnect (cancellable, shown->cancelled_id);
  shown->cancelled_id = 0;

  if (g_strcmp0 (response, "send") == 0)
    {
      remember_reviewed (shown->self, shown->purpose);
      voc_ai_review_send (shown->review);
    }
  else
    voc_ai_review_decline (shown->review);
}

static gboolean
close_dialog_idle_cb (gpointer user_data)
{
  /* Closing answers with the close response, "decline". */
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

/* The caller gave up (its page closed, Cancel): the question no longer stands. */
static void
on_review_cancelled_cb (GCancellable *cancellable,
                        gpointer      user_data)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, close_dialog_idle_cb, g_object_ref (user_data),
                   g_object_unref);
}

static char *
host_of (const char *base_url)
{
  g_autoptr(GUri) uri = base_url != NULL ? g_uri_parse (base_url, G_URI_FLAGS_NONE, NULL)
                                         : NULL;

  return g_strdup (uri != NULL && g_uri_get_host (uri) != NULL ? g_uri_get_host (uri)
                                                               : base_url);
}

static GtkWidget *
build_request_view (VocAiReview *review)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter end;

  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 6, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_get_end_iter (buffer, &end);
  if (voc_ai_review_get_system (review) != NULL)
    {
      gtk_text_buffer_insert_with_tags_by_name (buffer, &end, _("Instructions"), -1, "heading",
                                                NULL);
      gtk_text_buffer_insert (buffer, &end, "\n", -1);
      gtk_text_buffer_insert (buffer, &end, voc_ai_review_get_system (review), -1);
      gtk_text_buffer_insert (buffer, &end, "\n\n", -1);
    }
  gtk_text_buffer_insert_with_tags_by_name (buffer, &end, _("Message"), -1, "heading", NULL);
  gtk_text_buffer_insert (buffer, &end, "\n", -1);
  gtk_text_buffer_insert (buffer, &end, voc_ai_review_get_user (review), -1);

  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Text that will be sent"), -1);
  gtk_widget_add_css_class (scrolled, "card");
  gtk_widget_set_size_request (scrolled, 520, 320);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  return scrolled;
}

static void
review_cb (VocAiReview *review,
           gpointer     user_data)
{
  VocAiAssist *self = VOC_AI_ASSIST (user_data);
  g_auto(GStrv) reviewed = g_settings_get_strv (self->settings, "ai-reviewed-purposes");
  const char *purpose = voc_ai_review_get_purpose (review);
  g_autofree char *host = host_of (voc_ai_review_get_base_url (review));
  g_autofree char *body = NULL;
  GCancellable *cancellable;
  AdwMessageDialog *dialog;
  Shown *shown;

  if (!self->review_next && !g_settings_get_boolean (self->settings, "ai-review-always") &&
      g_strv_contains ((const char * const *) reviewed, purpose))
    {
      voc_ai_review_send (review);
      voc_ai_review_unref (review);
      return;
    }
  self->review_next = FALSE;

  /* Translators: %1$s is a kind of request ("Cover letter"), %2$s a model, %3$s a host. */
  body = g_strdup_printf (_("%1$s: this is exactly what %2$s at %3$s will receive. Other "
                            "people’s names and contact details are replaced by placeholders "
                            "and put back only on this computer."),
                          voc_ai_assist_purpose_label (purpose),
                          voc_ai_review_get_model (review), host);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (find_parent (),
                                                       _("Send This to the AI Provider?"),
                                                       body));
  adw_message_dialog_set_extra_child (dialog, build_request_view (review));
  adw_message_dialog_add_responses (dialog, "decline", _("_Don’t Send"), "send", _("_Send"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "send", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "send");
  adw_message_dialog_set_close_response (dialog, "decline");
  gtk_window_set_resizable (GTK_WINDOW (dialog), TRUE);

  shown = g_new0 (Shown, 1);
  shown->self = g_object_ref (self);
  shown->review = review;  /* takes the reference the client gave */
  shown->purpose = g_strdup (purpose);
  cancellable = voc_ai_review_get_cancellable (review);
  if (cancellable != NULL)
    shown->cancelled_id = g_cancellable_connect (cancellable,
                                                 G_CALLBACK (on_review_cancelled_cb),
                                                 dialog, NULL);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_review_response_cb), shown,
                         (GClosureNotify) (void (*) (void)) shown_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_settings_changed_cb (GSettings   *settings,
                        const char  *key,
                        VocAiAssist *self)
{
  if (g_str_equal (key, "ai-base-url") || g_str_equal (key, "ai-model"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONFIGURED]);
}

static void
voc_ai_assist_dispose (GObject *object)
{
  VocAiAssist *self = VOC_AI_ASSIST (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_func (self->settings, on_settings_changed_cb, self);
  /* Calls under way keep the client; none of them may come back to this assist. */
  if (self->client != NULL)
    voc_ai_client_set_review_func (self->client, NULL, NULL, NULL);
  g_clear_object (&self->client);
  G_OBJECT_CLASS (voc_ai_assist_parent_class)->dispose (object);
}

static void
voc_ai_assist_finalize (GObject *object)
{
  VocAiAssist *self = VOC_AI_ASSIST (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->secrets);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (voc_ai_assist_parent_class)->finalize (object);
}

static void
voc_ai_assist_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VocAiAssist *self = VOC_AI_ASSIST (object);

  switch (prop_id)
    {
    case PROP_CONFIGURED:
      g_value_set_boolean (value, voc_ai_assist_get_configured (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_assist_class_init (VocAiAssistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = voc_ai_assist_dispose;
  object_class->finalize = voc_ai_assist_finalize;
  object_class->get_property = voc_ai_assist_get_property;

  /**
   * VocAiAssist:configured:
   *
   * Whether a provider and a model are chosen; AI actions are offered only then.
   */
  properties[PROP_CONFIGURED] =
    g_param_spec_boolean ("configured", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
voc_ai_assist_init (VocAiAssist *self)
{
}

/**
 * voc_ai_assist_new:
 * @settings: the application's settings
 * @secrets: where the API key is kept
 * @session: (nullable): the HTTP session, or %NULL for a new one
 *
 * Returns: (transfer full): a new assist
 */
VocAiAssist *
voc_ai_assist_new (GSettings    *settings,
                   VocAiSecrets *secrets,
                   SoupSession  *session)
{
  VocAiAssist *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (VOC_IS_AI_SECRETS (secrets), NULL);
  g_return_val_if_fail (session == NULL || SOUP_IS_SESSION (session), NULL);

  self = g_object_new (VOC_TYPE_AI_ASSIST, NULL);
  self->settings = g_object_ref (settings);
  self->secrets = g_object_ref (secrets);
  self->session = session != NULL ? g_object_ref (session) : soup_session_new ();
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
  return self;
}

/**
 * voc_ai_assist_get_default:
 *
 * Returns: (transfer none) (nullable): the application's assist, or %NULL when there is none
 *   (AI actions are then not offered)
 */
VocAiAssist *
voc_ai_assist_get_default (void)
{
  return default_assist;
}

/**
 * voc_ai_assist_set_default:
 * @assist: (nullable): the assist AI actions use
 */
void
voc_ai_assist_set_default (VocAiAssist *assist)
{
  g_return_if_fail (assist == NULL || VOC_IS_AI_ASSIST (assist));

  g_set_object (&default_assist, assist);
}

/**
 * voc_ai_assist_get_configured:
 * @self: the assist
 *
 * Returns: whether a base URL and a model are set
 */
gboolean
voc_ai_assist_get_configured (VocAiAssist *self)
{
  g_autofree char *base_url = NULL;
  g_autofree char *model = NULL;

  g_return_val_if_fail (VOC_IS_AI_ASSIST (self), FALSE);

  base_url = g_settings_get_string (self->settings, "ai-base-url");
  model = g_settings_get_string (self->settings, "ai-model");
  return *g_strstrip (base_url) != '\0' && *g_strstrip (model) != '\0';
}

/**
 * voc_ai_assist_review_next:
 * @self: the assist
 *
 * Shows the next request before it is sent, whatever kind it is ("Show What Will Be Sent").
 */
void
voc_ai_assist_review_next (VocAiAssist *self)
{
  g_return_if_fail (VOC_IS_AI_ASSIST (self));

  self->review_next = TRUE;
}

static void
on_key_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Prepare *prepare = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  key = voc_ai_secrets_lookup_finish (VOC_AI_SECRETS (source), result, NULL, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* No keyring, or none stored: local servers need no key, and a remote one answers 401
   * with a message that says to set one. */
  if (error != NULL)
    g_debug ("No API key: %s", error->message);
  voc_ai_client_set_api_key (prepare->client, key);
  g_task_return_boolean (task, TRUE);
}

/**
 * voc_ai_assist_prepare_async:
 * @self: the assist
 * @database: the database the action works on (calls are recorded there)
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the client is ready
 * @user_data: data for @callback
 *
 * Sets up the client and the redactor for an AI action. Fails with
 * %VOC_AI_ERROR_NOT_CONFIGURED when no provider is chosen.
 */
void
voc_ai_assist_prepare_async (VocAiAssist         *self,
                             VocDatabase         *database,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *base_url = NULL;
  g_autofree char *model = NULL;
  Prepare *prepare;

  g_return_if_fail (VOC_IS_AI_ASSIST (self));
  g_return_if_fail (VOC_IS_DATABASE (database));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, voc_ai_assist_prepare_async);

  if (!voc_ai_assist_get_configured (self))
    {
      g_task_return_new_error (task, VOC_AI_ERROR, VOC_AI_ERROR_NOT_CONFIGURED,
                               _("No AI provider is set up: choose a base URL and a model in "
                                 "Preferences → AI Provider"));
      return;
    }

  prepare = g_new0 (Prepare, 1);
  g_task_set_task_data (task, prepare, (GDestroyNotify) prepare_free);
  prepare->database = g_object_ref (database);
  prepare->redactor = voc_ai_redactor_new_for_database (database, &error);
  if (prepare->redactor == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  voc_ai_redactor_set_restore_clients (prepare->redactor,
                                       !g_settings_get_boolean (self->settings,
                                                                "ai-mask-confidential-exports"));

  if (self->client == NULL || voc_ai_client_get_database (self->client) != database)
    {
      g_clear_object (&self->client);
      self->client = voc_ai_client_new (self->session);
      voc_ai_client_set_database (self->client, database);
      /* The client outlives no assist: it is dropped in dispose. */
      voc_ai_client_set_review_func (self->client, review_cb, self, NULL);
    }
  base_url = g_settings_get_string (self->settings, "ai-base-url");
  model = g_settings_get_string (self->settings, "ai-model");
  voc_ai_client_set_base_url (self->client, g_strstrip (base_url));
  voc_ai_client_set_model (self->client, g_strstrip (model));
  prepare->client = g_object_ref (self->client);

  voc_ai_secrets_lookup_async (self->secrets, base_url, cancellable, on_key_cb,
                               g_steal_pointer (&task));
}

/**
 * voc_ai_assist_prepare_finish:
 * @self: the assist
 * @result: the result
 * @redactor: (out) (optional) (transfer full): the redactor for the action's prompts
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the client, or %NULL on error
 */
VocAiClient *
voc_ai_assist_prepare_finish (VocAiAssist    *self,
                              GAsyncResult   *result,
                              VocAiRedactor **redactor,
                              GError        **error)
{
  Prepare *prepare;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;
  prepare = g_task_get_task_data (G_TASK (result));
  if (redactor != NULL)
    *redactor = g_object_ref (prepare->redactor);
  return g_object_ref (prepare->client);
}
