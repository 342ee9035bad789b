// SPDX-License-Identifier: BSL-1.0
// Everything communique offers.
#pragma once

#include <communique/agreement.hpp>
#include <communique/amount.hpp>
#include <communique/attendance.hpp>
#include <communique/corridor.hpp>
#include <communique/country.hpp>
#include <communique/currency.hpp>
#include <communique/date.hpp>
#include <communique/decimal.hpp>
#include <communique/dossier.hpp>
#include <communique/enum_names.hpp>
#include <communique/error.hpp>
#include <communique/event.hpp>
#include <communique/external_id.hpp>
#include <communique/figure.hpp>
#include <communique/file.hpp>
#include <communique/id.hpp>
#include <communique/json.hpp>
#include <communique/literals.hpp>
#include <communique/milestone.hpp>
#include <communique/organization.hpp>
#include <communique/party.hpp>
#include <communique/person.hpp>
#include <communique/place.hpp>
#include <communique/quantity.hpp>
#include <communique/query.hpp>
#include <communique/read.hpp>
#include <communique/remarks.hpp>
#include <communique/series.hpp>
#include <communique/session.hpp>
#include <communique/source.hpp>
#include <communique/speaker.hpp>
#include <communique/validate.hpp>
#include <communique/version.hpp>
