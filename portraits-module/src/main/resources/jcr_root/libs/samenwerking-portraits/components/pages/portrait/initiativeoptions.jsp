<%-- Options of the dialog's good practices select: the published initiatives, the stored ones selected. --%>
<%@ page pageEncoding="UTF-8" %><%@include file="/libs/sling-cms/global.jsp"%>
<sling:adaptTo var="swkDialog" adaptable="${slingRequest}" adaptTo="nl.samenwerkingskaart.portraits.web.models.PortraitDialogModel" />
<c:forEach var="option" items="${swkDialog.initiatives}">
    <option value="${sling:encode(option.value,'HTML_ATTR')}" ${option.selected ? 'selected="selected"' : ''}><sling:encode value="${option.label}" mode="HTML" /></option>
</c:forEach>
