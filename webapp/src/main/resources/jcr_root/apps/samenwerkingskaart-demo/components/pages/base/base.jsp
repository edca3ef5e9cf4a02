<%-- The demo publications site's page: the reference page's dialog and content area, with our own head, header
     and footer (no outside resources, the site's language on <html>). --%>
<%@include file="/libs/sling-cms/global.jsp"%>
<c:set var="site" value="${sling:adaptTo(resource,'org.apache.sling.cms.SiteManager').site}" scope="request" />
<c:set var="siteLanguage" value="${empty site.locale ? 'nl' : site.locale.language}" scope="request" />
<!DOCTYPE html>
<html lang="${sling:encode(siteLanguage,'HTML_ATTR')}">
    <sling:call script="head.jsp" />
    <sling:call script="body.jsp" />
</html>
