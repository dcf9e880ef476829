/* voc-ai-preferences.c
 *
 * Copyright 2026 The Vocation authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "voc-ai-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "voc-ai-assist.h"
#include "voc-ai-client.h"
#include "voc-ai-preferences.h"
#include "voc-ai-usage-view.h"

/*
 * The "AI Provider" page of the preferences: a base URL (with presets for the usual servers),
 * a model, the API key (kept in the keyring, or for this session only when there is none, and
 * then the page says so) and a button that asks the server for its models; what is shown
 * before it is sent (every request, or the first of each kind, and forgetting which kinds were
 * seen), whether confidential clients stay masked in AI-written text; and the usage of the
 * database of the window the preferences were opened from (VocAiUsageView).
 *
 * The base URL and the model are GSettings; the key never is. The key row is emptied once the
 * key is stored, so it is not left on screen.
 */

struct _VocAiPreferences
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  AdwComboRow        *preset_row;
  AdwEntryRow        *base_url_row;
  AdwEntryRow        *model_row;
  AdwPasswordEntryRow *key_row;
  AdwActionRow       *key_status_row;
  GtkImage           *key_status_icon;
  AdwActionRow       *test_row;
  GtkSpinner         *test_spinner;
  GtkButton          *test_button;
  GtkSwitch          *review_always_switch;
  GtkSwitch          *mask_switch;
  AdwActionRow       *reviewed_row;
  GtkWidget          *forget_button;
  VocAiUsageView     *usage_view;

  GSettings          *settings;
  VocAiSecrets       *secrets;
  SoupSession        *session;
  VocAiClient        *client;
  GCancellable       *cancellable;
  GCancellable       *status_cancellable;  /* the latest look-up of the key's status */
  gboolean            syncing_preset;
};

G_DEFINE_FINAL_TYPE (VocAiPreferences, voc_ai_preferences, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_SECRETS,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* In the order of the preset row's items; the first is "Other". */
static const char * const preset_urls[] = {
  NULL,
  "https://api.openai.com/v1",
  "http://localhost:11434/v1",
  "http://localhost:8080/v1",
  "http://localhost:1234/v1",
  "http://localhost:8000/v1",
};

static void
show_key_status (VocAiPreferences *self,
                 VocAiKeyStorage   storage)
{
  const char *subtitle;
  const char *icon = "channel-secure-symbolic";

  /* Without a keyring, say so before a key is even entered. */
  if (storage == VOC_AI_KEY_NONE && voc_ai_secrets_get_session_only (self->secrets))
    storage = VOC_AI_KEY_SESSION;

  switch (storage)
    {
    case VOC_AI_KEY_KEYRING:
      subtitle = _("A key is stored in the keyring");
      break;
    case VOC_AI_KEY_SESSION:
      subtitle = voc_ai_secrets_get_notice (self->secrets);
      icon = "dialog-warning-symbolic";
      break;
    case VOC_AI_KEY_NONE:
    default:
      subtitle = _("No key stored. Local servers usually need none.");
      icon = "channel-insecure-symbolic";
      break;
    }
  adw_action_row_set_subtitle (self->key_status_row, subtitle);
  gtk_image_set_from_icon_name (self->key_status_icon, icon);
}

static void
on_lookup_status_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(VocAiPreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;
  VocAiKeyStorage storage = VOC_AI_KEY_NONE;

  key = voc_ai_secrets_lookup_finish (VOC_AI_SECRETS (source), result, &storage, &error);
  if (error != NULL)
    return;  /* cancelled: the page is going away */
  show_key_status (self, storage);
}

/* Only the latest look-up or store may show its result. */
static GCancellable *
restart_status (VocAiPreferences *self)
{
  g_cancellable_cancel (self->status_cancellable);
  g_clear_object (&self->status_cancellable);
  self->status_cancellable = g_cancellable_new ();
  return self->status_cancellable;
}

static void
refresh_key_status (VocAiPreferences *self)
{
  const char *base_url = gtk_editable_get_text (GTK_EDITABLE (self->base_url_row));

  restart_status (self);

  if (*base_url == '\0')
    {
      show_key_status (self, VOC_AI_KEY_NONE);
      return;
    }
  voc_ai_secrets_lookup_async (self->secrets, base_url, self->status_cancellable,
                               on_lookup_status_cb, g_object_ref (self));
}

static void
on_base_url_changed_cb (VocAiPreferences *self)
{
  const char *base_url = gtk_editable_get_text (GTK_EDITABLE (self->base_url_row));
  guint selected = 0;

  for (guint i = 1; i < G_N_ELEMENTS (preset_urls); i++)
    if (g_strcmp0 (base_url, preset_urls[i]) == 0)
      selected = i;

  self->syncing_preset = TRUE;
  adw_combo_row_set_selected (self->preset_row, selected);
  self->syncing_preset = FALSE;
  refresh_key_status (self);
}

static void
on_preset_selected_cb (VocAiPreferences *self)
{
  guint selected = adw_combo_row_get_selected (self->preset_row);

  if (self->syncing_preset || selected == 0 || selected >= G_N_ELEMENTS (preset_urls))
    return;
  gtk_editable_set_text (GTK_EDITABLE (self->base_url_row), preset_urls[selected]);
}

static void
on_store_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(VocAiPreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  VocAiKeyStorage storage;

  storage = voc_ai_secrets_store_finish (VOC_AI_SECRETS (source), result, &error);
  if (error != NULL)
    return;
  show_key_status (self, storage);
}

static void
on_key_row_apply_cb (VocAiPreferences *self)
{
  const char *base_url = gtk_editable_get_text (GTK_EDITABLE (self->base_url_row));
  g_autofree char *key = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->key_row)));

  g_strstrip (key);
  if (*base_url == '\0')
    {
      adw_action_row_set_subtitle (self->key_status_row,
                                   _("Enter the base URL first: the key is stored for it"));
      return;
    }
  if (*key == '\0')
    return;

  /* A look-up still under way would show the status from before the store. */
  restart_status (self);
  voc_ai_secrets_store_async (self->secrets, base_url, key, self->cancellable, on_store_cb,
                              g_object_ref (self));
  /* Not left on screen, nor in the entry's undo history. */
  gtk_editable_set_text (GTK_EDITABLE (self->key_row), "");
  memset (key, 0, strlen (key));
}

static void
finish_test (VocAiPreferences *self,
             const char       *subtitle)
{
  gtk_spinner_stop (self->test_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->test_spinner), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), TRUE);
  adw_action_row_set_subtitle (self->test_row, subtitle);
}

static void
on_models_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(VocAiPreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) models = NULL;
  g_autofree char *list = NULL;
  g_autofree char *subtitle = NULL;
  guint n;

  models = voc_ai_client_list_models_finish (VOC_AI_CLIENT (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (models == NULL)
    {
      finish_test (self, error->message);
      return;
    }

  n = g_strv_length (models);
  if (n == 0)
    {
      finish_test (self, _("Connected, but the server offers no models"));
      return;
    }
  list = g_strjoinv (", ", models);
  /* TRANSLATORS: %u is how many models the server offers, %s their names */
  subtitle = g_strdup_printf (ngettext ("Connected: %u model, %s", "Connected: %u models, %s",
                                        n), n, list);
  finish_test (self, subtitle);
}

static void
on_test_key_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(VocAiPreferences) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *key = NULL;

  key = voc_ai_secrets_lookup_finish (VOC_AI_SECRETS (source), result, NULL, &error);
  if (error != NULL)
    return;
  voc_ai_client_set_base_url (self->client,
                              gtk_editable_get_text (GTK_EDITABLE (self->base_url_row)));
  voc_ai_client_set_api_key (self->client, key);
  if (key != NULL)
    memset (key, 0, strlen (key));
  voc_ai_client_list_models_async (self->client, self->cancellable, on_models_cb,
                                   g_object_ref (self));
}

static void
on_test_button_clicked_cb (VocAiPreferences *self)
{
  const char *base_url = gtk_editable_get_text (GTK_EDITABLE (self->base_url_row));

  if (*base_url == '\0')
    {
      adw_action_row_set_subtitle (self->test_row, _("Enter a base URL or choose a preset"));
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->test_button), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->test_spinner), TRUE);
  gtk_spinner_start (self->test_spinner);
  adw_action_row_set_subtitle (self->test_row, _("Connecting…"));
  voc_ai_secrets_lookup_async (self->secrets, base_url, self->cancellable, on_test_key_cb,
                               g_object_ref (self));
}

static void
update_reviewed (VocAiPreferences *self)
{
  g_auto(GStrv) reviewed = g_settings_get_strv (self->settings, "ai-reviewed-purposes");
  g_autoptr(GString) kinds = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  for (guint i = 0; reviewed[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (kinds, ", ");
      g_string_append (kinds, voc_ai_assist_purpose_label (reviewed[i]));
    }
  if (kinds->len > 0)
    /* TRANSLATORS: %s lists kinds of request ("Job analysis, Cover letter") */
    subtitle = g_strdup_printf (_("Sent without asking, since you have seen one: %s. Forget "
                                  "them to see the next request of each kind first."),
                                kinds->str);
  else
    subtitle = g_strdup (_("None: the next request of each kind is shown before it is "
                           "sent."));
  adw_action_row_set_subtitle (self->reviewed_row, subtitle);
  gtk_widget_set_sensitive (self->forget_button, kinds->len > 0);
}

static void
on_forget_button_clicked_cb (VocAiPreferences *self)
{
  g_settings_reset (self->settings, "ai-reviewed-purposes");
}

static void
voc_ai_preferences_constructed (GObject *object)
{
  VocAiPreferences *self = VOC_AI_PREFERENCES (object);

  G_OBJECT_CLASS (voc_ai_preferences_parent_class)->constructed (object);

  if (self->settings == NULL)
    self->settings = g_settings_new (APPLICATION_ID);
  if (self->secrets == NULL)
    self->secrets = voc_ai_secrets_new ();
  self->client = voc_ai_client_new (self->session);
  voc_ai_client_set_timeout (self->client, 20);

  g_settings_bind (self->settings, "ai-base-url", self->base_url_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "ai-model", self->model_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "ai-review-always", self->review_always_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "ai-mask-confidential-exports", self->mask_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_object (self->settings, "changed::ai-reviewed-purposes",
                           G_CALLBACK (update_reviewed), self, G_CONNECT_SWAPPED);
  update_reviewed (self);
  g_signal_connect_object (self->base_url_row, "changed", G_CALLBACK (on_base_url_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preset_row, "notify::selected",
                           G_CALLBACK (on_preset_selected_cb), self, G_CONNECT_SWAPPED);
  on_base_url_changed_cb (self);
}

static void
voc_ai_preferences_dispose (GObject *object)
{
  VocAiPreferences *self = VOC_AI_PREFERENCES (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->status_cancellable);
  /* The preferences window may keep the group a little longer (its search); not the
   * database. */
  if (self->usage_view != NULL)
    voc_ai_usage_view_set_database (self->usage_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), VOC_TYPE_AI_PREFERENCES);
  g_clear_object (&self->client);
  g_clear_object (&self->settings);
  g_clear_object (&self->secrets);
  g_clear_object (&self->session);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->status_cancellable);

  G_OBJECT_CLASS (voc_ai_preferences_parent_class)->dispose (object);
}

static void
voc_ai_preferences_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  VocAiPreferences *self = VOC_AI_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_SECRETS:
      g_value_set_object (value, self->secrets);
      break;
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_preferences_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  VocAiPreferences *self = VOC_AI_PREFERENCES (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_SECRETS:
      self->secrets = g_value_dup_object (value);
      break;
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
voc_ai_preferences_class_init (VocAiPreferencesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = voc_ai_preferences_constructed;
  object_class->dispose = voc_ai_preferences_dispose;
  object_class->get_property = voc_ai_preferences_get_property;
  object_class->set_property = voc_ai_preferences_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * VocAiPreferences:secrets:
   *
   * The application's key store, so that a key kept for the session outlives the window.
   */
  properties[PROP_SECRETS] =
    g_param_spec_object ("secrets", NULL, NULL, VOC_TYPE_AI_SECRETS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_type_ensure (VOC_TYPE_AI_USAGE_VIEW);

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SOUP_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/voc-ai-preferences.ui");
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, preset_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, base_url_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, model_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, key_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, key_status_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, key_status_icon);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, test_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, test_spinner);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, test_button);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, review_always_switch);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, mask_switch);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, reviewed_row);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, forget_button);
  gtk_widget_class_bind_template_child (widget_class, VocAiPreferences, usage_view);
  gtk_widget_class_bind_template_callback (widget_class, on_key_row_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_test_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_forget_button_clicked_cb);
}

static void
voc_ai_preferences_init (VocAiPreferences *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * voc_ai_preferences_new:
 * @settings: (nullable): the application's settings
 * @secrets: (nullable): the application's key store
 * @session: (nullable): the application's HTTP session
 *
 * Returns: (transfer floating): the page, for an #AdwPreferencesWindow
 */
VocAiPreferences *
voc_ai_preferences_new (GSettings    *settings,
                        VocAiSecrets *secrets,
                        SoupSession  *session)
{
  return g_object_new (VOC_TYPE_AI_PREFERENCES,
                       "settings", settings,
                       "secrets", secrets,
                       "session", session,
                       NULL);
}

/**
 * voc_ai_preferences_set_database:
 * @database: (nullable): the database whose AI usage the page shows
 */
void
voc_ai_preferences_set_database (VocAiPreferences *self,
                                 VocDatabase      *database)
{
  g_return_if_fail (VOC_IS_AI_PREFERENCES (self));

  voc_ai_usage_view_set_database (self->usage_view, database);
}

/**
 * voc_ai_preferences_get_usage_view:
 *
 * Returns: (transfer none): the "Usage" group
 */
VocAiUsageView *
voc_ai_preferences_get_usage_view (VocAiPreferences *self)
{
  g_return_val_if_fail (VOC_IS_AI_PREFERENCES (self), NULL);

  return self->usage_view;
}
