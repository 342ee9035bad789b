// Everything communique offers.
#pragma once

#include <communique/agreement.hpp>
#include <communique/conference.hpp>
#include <communique/corridor.hpp>
#include <communique/country.hpp>
#include <communique/currency.hpp>
#include <communique/date.hpp>
#include <communique/decimal.hpp>
#include <communique/dossier.hpp>
#include <communique/error.hpp>
#include <communique/event.hpp>
#include <communique/external_id.hpp>
#include <communique/figure.hpp>
#include <communique/id.hpp>
#include <communique/json.hpp>
#include <communique/money.hpp>
#include <communique/organization.hpp>
#include <communique/place.hpp>
#include <communique/quantity.hpp>
#include <communique/read.hpp>
#include <communique/remarks.hpp>
#include <communique/session.hpp>
#include <communique/source.hpp>
#include <communique/speaker.hpp>
#include <communique/validate.hpp>
#include <communique/version.hpp>
