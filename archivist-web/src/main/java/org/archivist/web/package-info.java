/**
 * The HTTP edge every Archivist service shares: who may call what (API keys with the roles reader, writer and
 * admin, see docs/SECURITY.md), how much (body size, write budget per key, failed attempts per address), the
 * problem details those refusals answer with, and the audit trail of writes and admin actions. Services get it
 * by depending on this module; its auto-configurations do the rest.
 */
package org.archivist.web;
