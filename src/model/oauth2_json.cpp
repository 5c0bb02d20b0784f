#include "model/fields/oauth2_fields.hpp"
#include "model/json/document.hpp"

HIKARI_MODEL_JSON(hikari::OAuth2Authorization);
HIKARI_MODEL_JSON(hikari::OAuth2Key);
HIKARI_MODEL_JSON(hikari::OpenIDUserInfo);
HIKARI_MODEL_JSON(hikari::Connection);
HIKARI_MODEL_JSON(hikari::ProvisionalToken);
